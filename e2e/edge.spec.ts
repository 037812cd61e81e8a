import { execFileSync, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { connect as netConnect } from 'node:net';
import { readdirSync } from 'node:fs';
import { Duplex } from 'node:stream';
import { connect as tlsConnect } from 'node:tls';
import { Edge, EDGE, memoryMB, PORTS } from './edge/edge-servers';
import { encodedForm } from './form-post';
import { words } from './messages';
import { fillForm, submit } from './self-check-helpers';
import { VERDICT_WALKS } from './self-check-scenarios';
import { ALL_PAGES, LOCALES, PAGES } from './site-pages';

/**
 * The site behind the edge a deployment ships (deploy/nginx.conf): TLS, two standalone
 * instances, a cache, and the edge's own refusals. One set of servers for the whole file.
 */
test.describe.configure({ mode: 'serial' });
test.use({ ignoreHTTPSErrors: true, baseURL: EDGE });

const edge = new Edge();
const LINK_KIT = { nb: '/nb/lenker', en: '/en/links' };
const SECURITY_HEADERS = [
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'cross-origin-opener-policy',
  'permissions-policy',
  'content-security-policy',
];

test.beforeAll(async () => {
  test.setTimeout(60_000);
  await edge.start();
});
test.afterAll(() => edge.stop());

test('every page and every verdict in both languages, through the edge over TLS', async ({ page }) => {
  test.setTimeout(90_000);
  for (const { path } of [...ALL_PAGES, ...LOCALES.map((locale) => ({ path: LINK_KIT[locale] }))]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.headers()['content-security-policy'], path).toMatch(/script-src '(self|none)'/);
    expect(response?.headers()['content-security-policy'], path).not.toContain('unsafe');
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
  }
  for (const locale of LOCALES) {
    for (const walk of VERDICT_WALKS) {
      const response = await page.goto(`${PAGES.selfCheck[locale]}?${walk.query}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { name: walk.heading(words(locale), locale) })).toBeVisible();
    }
  }
  // And one answer given through the form, with JavaScript (Next's server action over the edge).
  await page.goto(PAGES.selfCheck.en);
  await fillForm(page, 'en', VERDICT_WALKS.find((walk) => walk.verdict === 'not-qmth')!.answers);
  await submit(page, 'en');
  await expect(
    page.getByRole('heading', { name: VERDICT_WALKS.find((walk) => walk.verdict === 'not-qmth')!.heading(words('en'), 'en') }),
  ).toBeVisible();
  expect(new URL(page.url()).search).toBe('?qmth=no');
});

test('plain HTTP is sent to HTTPS, with the security headers', async () => {
  const response = await fetch(`http://127.0.0.1:${PORTS.http}/nb/fritakssjekk?qmth=no`, { redirect: 'manual' });
  expect(response.status).toBe(301);
  expect(response.headers.get('location')).toBe(`${EDGE}/nb/fritakssjekk?qmth=no`);
  for (const name of SECURITY_HEADERS) expect(response.headers.get(name), name).toBeTruthy();
});

test('a form rendered by one instance is answered by the other', async () => {
  const pairs: number[][] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    const page = await edge.get(PAGES.selfCheck.nb);
    const { type, body } = await formPost({ qmth: 'no' }, page.body);
    const post = await edge.get(PAGES.selfCheck.nb, { method: 'POST', headers: { Origin: EDGE, 'Content-Type': type }, body });
    // The verdict's link (Post/Redirect/Get): the post was checked and answered, not refused.
    expect(post.status).toBe(303);
    expect(post.headers.location).toContain('qmth=no');
    const rendered = await edge.upstreamOf(page.headers['x-request-id']);
    const answered = await edge.upstreamOf(post.headers['x-request-id']);
    pairs.push([rendered!, answered!]);
    if (rendered && answered && rendered !== answered) break;
  }
  const crossed = pairs.find(([rendered, answered]) => rendered !== answered);
  expect(crossed, `instances (rendered, answered): ${JSON.stringify(pairs)}`).toBeTruthy();
  expect(PORTS.instances).toEqual(expect.arrayContaining(crossed!));
  test
    .info()
    .annotations.push({ type: 'cross-instance', description: `rendered by :${crossed![0]}, answered by :${crossed![1]}` });
});

test("the site's own refusals hold behind the edge, which rewrites Host", async () => {
  // A server-action call as multipart, its argument list in field 0 (server/post-guard.ts).
  const action = (path: string, origin: string, id: string, args = '["en",{},"$K1"]') =>
    edge.get(path, {
      method: 'POST',
      headers: { Origin: origin, 'Next-Action': id, 'Content-Type': 'multipart/form-data; boundary=XB' },
      body: `--XB\r\nContent-Disposition: form-data; name="0"\r\n\r\n${args}\r\n--XB--\r\n`,
    });
  const id = (await edge.get(PAGES.selfCheck.en)).body.match(/&quot;id&quot;:&quot;([0-9a-f]+)&quot;/)![1];
  expect((await action(PAGES.selfCheck.en, 'https://evil.example', id)).status).toBe(403);
  expect((await action(PAGES.selfCheck.en, EDGE, 'ab'.repeat(21))).status).toBe(404);
  expect((await action(PAGES.selfCheck.en, EDGE, id, '[]')).status).toBe(400);
  expect((await action(PAGES.selfCheck.en, EDGE, id, '["en",{},"$Q1"]')).status).toBe(400);
  expect((await action(PAGES.announcement.nb, EDGE, id)).status).toBe(405);
  for (const instance of edge.instances) expect(instance.log).not.toMatch(/Error|^\s+at /m);
});

test('the reading pages and static files come from the cache with their headers; results and posts never do', async () => {
  for (const { page, path } of ALL_PAGES.filter(({ page }) => page !== 'selfCheck')) {
    const first = await edge.get(path);
    const again = await edge.get(path);
    expect(again.headers['x-cache-status'], path).toBe('HIT');
    for (const name of SECURITY_HEADERS) expect(again.headers[name], `${page} ${name}`).toBe(first.headers[name]);
    expect(again.body, path).toBe(first.body);
  }
  // The reading pages load no script; the self-check's come from /_next/static.
  const script = (await edge.get(PAGES.selfCheck.nb)).body.match(/src="(\/_next\/static\/[^"]+\.js)"/)![1];
  await edge.get(script);
  expect((await edge.get(script)).headers['x-cache-status']).toBe('HIT');
  for (const path of [PAGES.selfCheck.nb, `${PAGES.selfCheck.en}?qmth=no`, LINK_KIT.nb, '/nb/finnes-ikke']) {
    await edge.get(path);
    const again = await edge.get(path);
    expect(again.headers['x-cache-status'] ?? '', path).not.toBe('HIT');
    expect(again.headers['cache-control'], path).toContain('no-store');
  }
});

/** The files in the edge's cache: one per entry. */
const cacheEntries = () =>
  readdirSync(join(edge.dir, 'cache'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;

test("a reading page is one cache entry per encoding, whatever a client sends in the headers Next's Vary names (F4) or however it spells the path (H2); a runtime prefetch is refused (F2)", async () => {
  const path = PAGES.faq.nb;
  const plain = await edge.get(path);
  await edge.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
  const entries = cacheEntries();
  const stamp = String(Date.now());
  const varied: Record<string, string>[] = [
    { 'Accept-Encoding': `gzip, x-${stamp}` },
    { 'Accept-Encoding': `x-${stamp}` },
    { 'Next-Router-Prefetch': stamp },
    { 'Next-Router-State-Tree': encodeURIComponent(JSON.stringify(['', {}, null, null, stamp])) },
    { 'Next-Router-Segment-Prefetch': `/${stamp}` },
  ];
  for (const headers of varied) {
    expect((await edge.get(path, { headers })).headers['x-cache-status'], JSON.stringify(headers)).toBe('HIT');
  }
  // The client router's requests (RSC, any value) are passed on and never kept.
  for (const rsc of ['1', '0', stamp]) {
    const answer = await edge.get(path, { headers: { RSC: rsc, 'Next-Router-Prefetch': '1' } });
    expect(answer.headers['x-cache-status'], rsc).toBe('BYPASS');
    expect(answer.status, rsc).toBeLessThan(500);
  }
  // Other spellings of a reading page's path are answered, never kept.
  // (Node's URL parser keeps percent-encodings; nginx's map sees the path as sent.)
  for (const spelling of ['/en/fa%71', '/nb/%73porsmal-og-svar', `/en/%66aq?x=${stamp}`]) {
    const answer = await edge.get(spelling);
    expect(answer.headers['x-cache-status'], spelling).not.toBe('MISS');
    expect(answer.status, spelling).toBeLessThan(500);
  }
  expect(cacheEntries()).toBe(entries);
  const again = await edge.get(path);
  expect(again.headers['x-cache-status']).toBe('HIT');
  expect(again.body).toBe(plain.body);
  // A runtime prefetch (2, 3) is refused by the site before Next renders it, through the edge too.
  for (const page of [PAGES.selfCheck.en, LINK_KIT.nb, '/nb/finnes-ikke', path]) {
    expect((await edge.get(page, { headers: { RSC: '1', 'Next-Router-Prefetch': '2' } })).status, page).toBe(400);
  }
  for (const instance of edge.instances) expect(instance.log).not.toMatch(/Error|^\s+at |⨯/m);
});

test('the edge refuses what no page takes, with the security headers, before Node sees it', async () => {
  const trace = await edge.get('/nb', { method: 'TRACE' });
  expect(trace.status).toBe(405);
  expect(trace.headers.allow).toBe('GET, HEAD, POST');
  for (const name of SECURITY_HEADERS) expect(trace.headers[name], name).toBeTruthy();
  expect((await edge.get('/nb', { method: 'OPTIONS' })).status).toBe(405);
  expect(await edge.raw('OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
  // An absolute-form target: another host is not ours (421), ours is still not what browsers send.
  expect(await edge.raw('GET http://evil.example/nb HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')).toMatch(
    /^HTTP\/1\.1 421 /,
  );
  expect(await edge.raw(`GET ${EDGE}/nb HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400 /);
  expect(await edge.raw('GET /nb HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 421 /);
  // Next's own normalising redirect gets the headers from the edge; the app's own 308 has them.
  for (const path of ['//nb', '/nb/']) {
    const redirect = await edge.get(path);
    expect(redirect.status, path).toBe(308);
    for (const name of SECURITY_HEADERS) expect(redirect.headers[name], `${path} ${name}`).toBeTruthy();
  }
  expect((await edge.get('/_next/image?url=%2Fnb&w=64&q=75')).status).toBe(404);

  // A body over 256 KiB is refused from its Content-Length alone: these posts never send theirs.
  const instances = edge.instances.map((instance) => memoryMB(instance.process.pid!));
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: 30 }, () =>
      edge.raw(
        `POST /nb/fritakssjekk HTTP/1.1\r\nHost: 127.0.0.1:${PORTS.https}\r\nOrigin: ${EDGE}\r\nContent-Type: text/plain\r\nContent-Length: 10485761\r\nConnection: close\r\n\r\n`,
      ),
    ),
  );
  const took = performance.now() - started;
  for (const answer of answers) expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  const growth = edge.instances.map((instance, i) => memoryMB(instance.process.pid!) - instances[i]);
  for (const grown of growth) expect(grown).toBeLessThan(5);
  const figures = `30 posts of 10 MB: 413 from the edge in ${took.toFixed(0)} ms, bodies unsent; instances grew ${growth.map((g) => g.toFixed(1)).join(' / ')} MB`;
  test.info().annotations.push({ type: 'oversized', description: figures });
  console.log(figures);
  // Nothing of the above reached an instance as an error.
  for (const instance of edge.instances) expect(instance.log).not.toMatch(/Error|^\s+at /m);
});

test("the MDN HTTP Observatory's grader gives A+ on /, a reading page and a result", async () => {
  const targets = ['/', PAGES.faq.nb, `${PAGES.selfCheck.en}?${VERDICT_WALKS[0].query}`].map(
    (path) => `127.0.0.1:${PORTS.https}${path}`,
  );
  const output = execFileSync('node', [resolve(import.meta.dirname, '../scripts/edge/observatory.mjs'), ...targets], {
    env: { ...process.env, NODE_EXTRA_CA_CERTS: join(edge.dir, 'cert.pem') },
    encoding: 'utf8',
    timeout: 50_000,
  });
  const results = JSON.parse(output) as Record<
    string,
    { grade: string; score: number; tests: Record<string, { result: string; pass: boolean }> }
  >;
  for (const target of targets) {
    const result = results[target];
    const failed = Object.entries(result.tests)
      .filter(([, t]) => !t.pass)
      .map(([name, t]) => `${name}: ${t.result}`);
    expect(result.grade, `${target} ${failed.join(', ')}`).toBe('A+');
    expect(result.tests.redirection.result).toBe('redirection-to-https');
    test.info().annotations.push({ type: 'observatory', description: `${target}: ${result.grade} (${result.score})` });
    console.log(
      `Observatory ${target}: ${result.grade} (${result.score}); ${Object.entries(result.tests)
        .map(([name, t]) => `${name}: ${t.result}`)
        .join(', ')}`,
    );
  }
});

/**
 * `count` TLS 1.3 connections from one address, `at once` at a time, each of which completes the
 * handshake and then writes a record of no type TLS has on the raw socket, in the clear (OpenSSL's
 * "bad record type", which nginx logs at crit).
 */
async function tlsJunk(localAddress: string, count: number, atOnce = 25) {
  let left = count;
  let closed = 0;
  const one = () =>
    new Promise<void>((done) => {
      const raw = netConnect({ host: '127.0.0.1', port: PORTS.https, localAddress });
      // TLS over a stream of our own, so that the raw socket stays ours to write on.
      const carrier = new Duplex({ read() {}, write: (chunk, _encoding, next) => raw.write(chunk, next) });
      raw.on('data', (chunk) => carrier.push(chunk));
      raw.on('end', () => carrier.push(null));
      const secure = tlsConnect({ socket: carrier, ca: edge.cert, host: '127.0.0.1', minVersion: 'TLSv1.3' }, () =>
        // A moment later, so that nginx has finished the handshake and waits for a request (SSL_read).
        setTimeout(() => raw.write(Buffer.from('ff0303000100', 'hex')), 10),
      );
      secure.on('error', () => raw.destroy());
      const timer = setTimeout(() => raw.destroy(), 5_000);
      raw.on('error', () => undefined);
      raw.on('close', () => {
        clearTimeout(timer);
        closed++;
        done();
      });
    });
  await Promise.all(
    Array.from({ length: atOnce }, async () => {
      while (left-- > 0) await one();
    }),
  );
  return closed;
}

/** A TLS connection to the edge from a loopback address of its own (127.0.0.0/8 is all loopback). */
const connectFrom = (localAddress: string) =>
  tlsConnect({ socket: netConnect({ host: '127.0.0.1', port: PORTS.https, localAddress }), host: '127.0.0.1', ca: edge.cert });

/** Requests from one address, as fast as the edge answers them, for `ms`: the statuses counted. */
async function flood(localAddress: string, request: string, ms: number) {
  const counts: Record<string, number> = {};
  const until = performance.now() + ms;
  const client = () =>
    new Promise<void>((done) => {
      const socket = connectFrom(localAddress);
      let buffer = '';
      const next = () => (performance.now() < until ? socket.write(request) : socket.end());
      socket.on('secureConnect', next);
      socket.on('data', (chunk) => {
        buffer += chunk;
        // Each answer is headers and a short body; count the status lines and ask again.
        for (let at = buffer.indexOf('HTTP/1.1 '); at >= 0; at = buffer.indexOf('HTTP/1.1 ')) {
          const status = buffer.slice(at + 9, at + 12);
          counts[status] = (counts[status] ?? 0) + 1;
          buffer = buffer.slice(at + 12);
          next();
        }
      });
      socket.on('error', () => done());
      socket.on('close', () => done());
    });
  await Promise.all(Array.from({ length: 8 }, client));
  return counts;
}

test("the edge's refusals from the review: odd methods and targets, posts to Next's files, GET bodies, a forged host, the cache by path", async () => {
  for (const path of ['/nb', '/en/self-check', '/_next/static/x', '/robots.txt']) {
    expect(await edge.raw(`TRACE ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`), path).toMatch(
      /^HTTP\/1\.1 405 /,
    );
  }
  for (const line of ['GET * HTTP/1.1', 'OPTIONS * HTTP/1.1', 'CONNECT 127.0.0.1:443 HTTP/1.1']) {
    expect(await edge.raw(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`), line).toMatch(/^HTTP\/1\.1 4\d\d /);
  }
  // Absolute-form targets and doubled slashes never lead off the site (D7).
  for (const target of ['http://evil.example/nb/', 'https://evil.example//nb', '//evil.example/nb', '///nb', '/nb//']) {
    const answer = await edge.raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${PORTS.https}\r\nConnection: close\r\n\r\n`);
    expect(answer, target).toMatch(/^HTTP\/1\.1 [34]\d\d /);
    expect(answer.match(/^location: (.*)$/im)?.[1] ?? '/', target).toMatch(/^(\/(?!\/)|https:\/\/127\.0\.0\.1:)/);
  }
  // A post to Next's own paths, and a body on GET, are refused by the edge (N4, N1).
  for (const path of ['/_next/static/x', '/_next/static-x', '/_next/image']) {
    expect(
      (await edge.get(path, { method: 'POST', headers: { Origin: EDGE, 'Next-Action': 'ab'.repeat(21) }, body: 'x' })).status,
    ).toBe(405);
  }
  expect(await edge.raw(`GET /nb HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc`)).toMatch(
    /^HTTP\/1\.1 400 /,
  );
  // The public name is forwarded as configured: a post that names another port in Host and Origin is cross-origin.
  const page = await edge.get(PAGES.selfCheck.nb);
  const { type, body } = await formPost({ qmth: 'no' }, page.body);
  const forged = await edge.get(PAGES.selfCheck.nb, {
    method: 'POST',
    headers: { Host: '127.0.0.1:9999', Origin: 'https://127.0.0.1:9999', 'Content-Type': type },
    body,
  });
  expect(forged.status).toBe(403);
  // A reading page ignores its query, and so does its cache: a new query is a hit, not a new entry.
  await edge.get(`${PAGES.faq.en}?a=1`);
  expect((await edge.get(`${PAGES.faq.en}?b=${Date.now()}`)).headers['x-cache-status']).toBe('HIT');
  for (const instance of edge.instances) expect(instance.log).not.toMatch(/Error|^\s+at /m);
});

test('floods from one address: a broken router state is 400, posts and reads are limited, TLS junk is dropped, and the error log stays quiet (N3, N6, F3)', async () => {
  const tree = encodeURIComponent('{broken');
  const stateless = await edge.get(`${PAGES.selfCheck.en}`, { headers: { RSC: '1', 'Next-Router-State-Tree': tree } });
  expect(stateless.status).toBe(400);
  const errorLog = edge.read('error.log').length;
  const started = performance.now();
  const [states, posts] = await Promise.all([
    flood(
      '127.0.0.3',
      `GET ${PAGES.selfCheck.en} HTTP/1.1\r\nHost: 127.0.0.1:${PORTS.https}\r\nRSC: 1\r\nNext-Router-State-Tree: ${tree}\r\n\r\n`,
      3_000,
    ),
    flood(
      '127.0.0.4',
      `POST ${PAGES.selfCheck.en} HTTP/1.1\r\nHost: 127.0.0.1:${PORTS.https}\r\nOrigin: ${EDGE}\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n[]`,
      3_000,
    ),
  ]);
  // Then a record in the clear after a TLS handshake, 500 times (F3): alone, so that its handshakes
  // take no time from the floods above on a busy machine.
  const junk = await tlsJunk('127.0.0.2', 500);
  const seconds = (performance.now() - started) / 1000;
  const grown = edge.read('error.log').slice(errorLog).split('\n').filter(Boolean);
  const figures = `in ${seconds.toFixed(1)} s: broken state trees ${JSON.stringify(states)}, posts ${JSON.stringify(posts)}, ${junk} TLS connections with a plaintext record; error log +${grown.length} lines`;
  test.info().annotations.push({ type: 'floods', description: figures });
  console.log(figures);
  expect(Object.keys(states).filter((status) => status.startsWith('5'))).toEqual([]);
  expect(Object.keys(posts).filter((status) => status.startsWith('5'))).toEqual([]);
  expect(states['429']).toBeGreaterThan(0);
  expect(posts['429']).toBeGreaterThan(0);
  expect(junk).toBe(500);
  expect(grown.length, grown.slice(0, 5).join('\n')).toBeLessThanOrEqual(3 * Math.ceil(seconds));
  for (const instance of edge.instances) expect(instance.log).not.toMatch(/Error|^\s+at /m);
});

test('one address holding 2,000 slow-body connections does not shut out another (N1)', async () => {
  // e2e/edge/slow-bodies.mjs from 127.0.0.2 for 8 s: up to 2,000 connections at a time, 4,000 in
  // all. From 127.0.0.1 meanwhile: an uncached page every 200 ms, each of which must be answered.
  const attacker = spawn(
    'node',
    [
      join(import.meta.dirname, 'edge/slow-bodies.mjs'),
      String(PORTS.https),
      '127.0.0.2',
      PAGES.selfCheck.en,
      '2000',
      '4000',
      '8000',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let report = '';
  attacker.stdout.on('data', (chunk) => (report += chunk));
  const finished = new Promise((done) => attacker.once('exit', done));
  const probes: { status: number; ms: number }[] = [];
  const started = performance.now();
  await new Promise((done) => setTimeout(done, 1_000));
  while (performance.now() - started < 7_500) {
    const sent = performance.now();
    const response = await edge.get(`${PAGES.selfCheck.en}?qmth=no`).catch(() => ({ status: 0 }));
    probes.push({ status: response.status, ms: performance.now() - sent });
    await new Promise((done) => setTimeout(done, 200));
  }
  await finished;
  const { opened, peak, stillOpen, answered } = JSON.parse(report) as {
    opened: number;
    peak: number;
    stillOpen: number;
    answered: Record<string, number>;
  };
  const slowest = Math.max(...probes.map(({ ms }) => ms));
  const figures =
    `attacker 127.0.0.2 in 8 s: ${opened} connections opened, ${peak} open at once, ${stillOpen} still open at the end, answers ${JSON.stringify(answered)}; ` +
    `127.0.0.1: ${probes.filter(({ status }) => status === 200).length} of ${probes.length} probes answered 200, slowest ${slowest.toFixed(0)} ms`;
  test.info().annotations.push({ type: 'slow bodies', description: figures });
  console.log(figures);
  expect(opened).toBeGreaterThanOrEqual(2_000);
  expect(probes.length).toBeGreaterThanOrEqual(10);
  expect(probes.filter(({ status }) => status !== 200)).toEqual([]);
  expect(slowest).toBeLessThan(3_000);
  // The edge refused them: GET bodies at once (400), posts past the address's share (429).
  expect(answered['400']).toBeGreaterThan(0);
  expect(answered['429']).toBeGreaterThan(0);
});

test('one instance killed under load: every GET sent after the kill is answered', async () => {
  // A bounded load: 4 clients, 200 requests in all, on the uncached pages (they reach an instance); the kill
  // falls a quarter of the way in, with requests in flight on the victim and most of the load still to come.
  // A response the victim was streaming when it died is cut (the edge has sent its headers, so it cannot
  // try the other instance): at most one per other client, and only as a cut connection, never a 5xx.
  // A request that had not reached the victim yet is tried on the other instance.
  const paths = VERDICT_WALKS.flatMap((walk) => LOCALES.map((locale) => `${PAGES.selfCheck[locale]}?${walk.query}`));
  const total = 200;
  let sent = 0;
  const failures: string[] = [];
  const cut: { failure: string; requestId: string }[] = [];
  let killedAt = Infinity;
  const times: number[] = [];
  const [victim, survivor] = edge.instances;
  const killAfter = 50;
  const logStart = edge.read('access.log').length;
  const client = async () => {
    while (sent < total) {
      const n = sent++;
      if (n === killAfter) {
        process.kill(-victim.process.pid!, 'SIGKILL');
        killedAt = performance.now();
      }
      const started = performance.now();
      const response = await edge.get(paths[n % paths.length]).catch((error: Error & { requestId?: string }) => ({
        status: 0,
        headers: { 'x-request-id': error.requestId ?? '' } as Record<string, string>,
        body: error.message,
      }));
      times.push(performance.now() - started);
      const failure = `${n}: ${response.status} ${response.body.slice(0, 80)}`;
      // Cut by the kill: a response whose headers had come (the edge's id for it) and that broke after
      // the kill, on a request sent before it. A connection that broke before any header is a failure.
      const requestId = response.status === 0 ? response.headers['x-request-id'] : '';
      if (requestId && Number.isFinite(killedAt) && started < killedAt) cut.push({ failure, requestId });
      else if (response.status !== 200) failures.push(failure);
    }
  };
  const started = performance.now();
  await Promise.all([client(), client(), client(), client()]);
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const served = edge
    .read('access.log')
    .slice(logStart)
    .split('\n')
    .filter((line) => line.includes('"GET /'));
  const only = (port: number) => served.filter((line) => line.includes(`upstream=127.0.0.1:${port} `)).length;
  const retried = served.filter((line) => line.includes(', ')).length;
  const figures =
    `${total} GETs by 4 clients in ${seconds.toFixed(1)} s, instance :${victim.port} SIGKILLed after ${killAfter}: ` +
    `${failures.length} failed, ${cut.length} cut mid-response by the kill; p50 ${times[Math.floor(total / 2)].toFixed(0)} ms, p99 ${times[Math.floor(total * 0.99)].toFixed(0)} ms, ` +
    `max ${times[total - 1].toFixed(0)} ms; edge log: ${only(victim.port)} answered by the killed instance, ` +
    `${only(survivor.port)} by the other, ${retried} tried on the killed one and answered by the other`;
  test.info().annotations.push({ type: 'kill under load', description: figures });
  console.log(figures);
  expect(failures, figures).toEqual([]);
  expect(cut.length, cut.map(({ failure }) => failure).join('; ')).toBeLessThanOrEqual(3);
  // And each of those was being answered by the instance that was killed, never by the other one.
  for (const { failure, requestId } of cut) {
    const line = served.find((entry) => entry.includes(` ${requestId} `));
    expect(line, failure).toContain(`upstream=127.0.0.1:${victim.port} `);
  }
  expect(
    victim.process.signalCode ?? (await new Promise((done) => victim.process.once('exit', (_code, signal) => done(signal)))),
  ).toBe('SIGKILL');
  expect(only(survivor.port)).toBeGreaterThan(0);
});

/**
 * The no-JavaScript form post of the self-check, as a browser sends it, from the fields of a page
 * the edge served (`html`, or a fresh one).
 */
async function formPost(answers: Record<string, string>, html?: string) {
  return encodedForm(html ?? (await edge.get(PAGES.selfCheck.en)).body, answers);
}

test('a stream of form posts survives an instance killed under it, pooled connections included (N7)', async () => {
  test.setTimeout(60_000);
  // Both instances up (the kill test above left one dead), and connections to both pooled by the edge.
  const first = edge.instances[0].process;
  if (first.exitCode !== null || first.signalCode !== null) await edge.restart(0);
  const { type, body } = await formPost({ qmth: 'no' });
  const post = () =>
    edge
      .get(PAGES.selfCheck.en, { method: 'POST', headers: { Origin: EDGE, 'Content-Type': type }, body })
      .catch((error: Error) => ({ status: 0, headers: {} as Record<string, string>, body: error.message }));
  // Warm-up, until the edge sends posts to both again (it rests an instance it saw fail for 5 s).
  const answeredBy = new Set<number | null>();
  for (let i = 0; i < 40 && answeredBy.size < 2; i++) {
    const response = await post();
    expect(response.status).toBe(303);
    const port = await edge.upstreamOf(response.headers['x-request-id']);
    if (port) answeredBy.add(port);
    await new Promise((done) => setTimeout(done, 250));
  }
  expect([...answeredBy].sort()).toEqual([...PORTS.instances]);
  // 2 clients, a post every 500 ms each (the edge allows 5 a second per address), 40 in all;
  // the instance that answered the last post is killed after the 10th.
  const victim = edge.instances[1];
  const logStart = edge.read('access.log').length;
  const statuses: number[] = [];
  let sent = 0;
  const client = async () => {
    while (sent < 40) {
      if (sent++ === 10) process.kill(-victim.process.pid!, 'SIGKILL');
      statuses.push((await post()).status);
      await new Promise((done) => setTimeout(done, 500));
    }
  };
  await Promise.all([client(), client()]);
  const failed = statuses.filter((status) => status !== 303);
  const retried = edge
    .read('access.log')
    .slice(logStart)
    .split('\n')
    .filter((line) => line.includes('"POST ') && line.includes(`upstream=127.0.0.1:${victim.port}, `)).length;
  const figures = `40 form posts by 2 clients, instance :${victim.port} SIGKILLed after 10: ${statuses.length - failed.length} answered 303, failed ${JSON.stringify(failed)}, ${retried} sent to the killed one and answered by the other`;
  test.info().annotations.push({ type: 'posts under a kill', description: figures });
  console.log(figures);
  const edgeLines = edge
    .read('access.log')
    .split('\n')
    .filter((line) => line.includes('"POST ') && !line.includes(' 303 '));
  expect(failed, edgeLines.join('\n')).toEqual([]);
});

test("no log holds a result link's query, with an instance down and with both down (N5)", async () => {
  // Instance 1 is dead (the test above): result links go to the other. Then it dies too.
  const link = `${PAGES.selfCheck.en}?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01`;
  for (let i = 0; i < 4; i++) expect((await edge.get(link)).status).toBe(200);
  const survivor = edge.instances[0];
  process.kill(-survivor.process.pid!, 'SIGKILL');
  await new Promise((done) => survivor.process.once('exit', done));
  for (let i = 0; i < 4; i++) expect((await edge.get(link)).status).toBe(502);
  const logs = { 'edge access': edge.read('access.log'), 'edge error': edge.read('error.log') };
  const instances = Object.fromEntries(edge.instances.map((instance) => [`instance :${instance.port}`, instance.log]));
  for (const [name, text] of Object.entries({ ...logs, ...instances })) {
    expect(text, name).not.toMatch(/qmth=|k80Date=|asOf=/);
  }
  // And, after everything this file sent, no stack trace or error from either instance.
  for (const [name, text] of Object.entries(instances)) expect(text, name).not.toMatch(/Error|^\s+at |⨯/m);
  // The failures are on record all the same: in the access log, by path and upstream status.
  expect(logs['edge access']).toMatch(/"GET \/en\/self-check" 502 .*upstream_status=502/);
});
