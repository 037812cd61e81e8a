import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { formFields } from './form-post';
import { SERVERS } from './servers';

// Its own production server, so that the test can read everything the server logs.
const PORT = 3219 + Number(process.env.E2E_PORT_OFFSET ?? 0);
const BASE = `http://127.0.0.1:${PORT}`;
const ORIGIN_OK = `http://127.0.0.1:${PORT}`;
const MARKER = 'TYPED-BY-A-PARTNER-7f3a';
const FORM = '/nb/fritakssjekk';

let server: ChildProcess;
let log = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = spawn('npx', ['next', 'start', '-p', String(PORT)], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: '.next',
      SITE_TODAY: SERVERS.main.pretendToday ?? '',
      SITE_ALLOW_PRETEND_TODAY: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_ALLOW_PLACEHOLDERS: '1',
    },
    detached: true,
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${BASE}/nb`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not start:\n${log}`);
});

test.afterAll(() => {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
});

/** The no-JavaScript form's fields exactly as a browser sends them, with the given answers. */
async function formData(answers: Record<string, string>) {
  return formFields(await (await fetch(BASE + FORM)).text(), answers);
}

async function formPost(answers: Record<string, string>, headers: Record<string, string> = { Origin: ORIGIN_OK }) {
  return fetch(BASE + FORM, { method: 'POST', body: await formData(answers), headers, redirect: 'manual' });
}

/** The form post as bytes, for requests fetch cannot make (another Host, none at all). */
async function formBody(answers: Record<string, string>) {
  const request = new Request(BASE, { method: 'POST', body: await formData(answers) });
  return { type: request.headers.get('content-type')!, bytes: Buffer.from(await request.arrayBuffer()) };
}

/** One request written on a socket as given, and the status line of the answer. */
function rawRequest(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: { type: string; bytes: Buffer },
  version = 'HTTP/1.1',
) {
  const lines = [`${method} ${path} ${version}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  if (body) lines.push(`Content-Type: ${body.type}`, `Content-Length: ${body.bytes.length}`);
  lines.push('Connection: close', '', '');
  return new Promise<{ status: number }>((resolve, reject) => {
    let answer = '';
    const socket = connect(PORT, '127.0.0.1', () =>
      socket.end(Buffer.concat([Buffer.from(lines.join('\r\n')), body?.bytes ?? Buffer.alloc(0)])),
    );
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('end', () => resolve({ status: Number(answer.split(' ')[1]) }));
    socket.on('error', reject);
  });
}

/** The server action's id in this build, as the form names it. */
async function actionId() {
  const html = await (await fetch(BASE + '/en/self-check')).text();
  return html.match(/&quot;id&quot;:&quot;([0-9a-f]+)&quot;/)![1];
}

/** The resident memory of the server's processes (npx, next and its workers: one process group). */
function serverMemoryMB() {
  let kB = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== server.pid) continue;
      kB += Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    } catch {
      // The process ended while it was being read.
    }
  }
  return kB / 1024;
}

/**
 * Bytes sent to the server that it has not read yet: what the clients' sockets still queue to send
 * and what the server's sockets hold received but unread (the kernel's queues, /proc/net/tcp*).
 */
function bytesNotYetRead() {
  let bytes = 0;
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const row of readFileSync(table, 'utf8').trim().split('\n').slice(1)) {
      const [, local, remote, , queues] = row.trim().split(/\s+/);
      const [toSend, received] = queues.split(':').map((hex) => parseInt(hex, 16));
      if (parseInt(remote.split(':')[1], 16) === PORT) bytes += toSend;
      if (parseInt(local.split(':')[1], 16) === PORT) bytes += received;
    }
  }
  return bytes;
}

test('a same-origin post is answered (the harness itself works)', async () => {
  const response = await formPost({ qmth: 'no' });
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toContain('qmth=no');
});

test('a post from another site gets no verdict and no server error', async () => {
  const response = await formPost({ qmth: 'no' }, { Origin: 'https://evil.example' });
  expect(response.status).toBe(403);
  expect(response.headers.get('location')).toBeNull();
});

test('an unknown action id is refused quietly with 404', async () => {
  const response = await fetch(BASE + FORM, {
    method: 'POST',
    headers: {
      Origin: ORIGIN_OK,
      'Next-Action': '00112233445566778899aabbccddeeff00112233aa',
    },
    body: await formData({ qmth: MARKER }),
  });
  expect(response.status).toBe(404);
});

test('a server-action call whose arguments are not form data gets a 4xx, not a 500', async () => {
  const id = await actionId();
  for (const body of ['["en",{}]', '[]', '{', JSON.stringify([MARKER])]) {
    const response = await fetch(BASE + '/en/self-check', {
      method: 'POST',
      headers: { Origin: ORIGIN_OK, 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8' },
      body,
    });
    expect(response.status, body).toBe(415);
  }
  // The same arguments as multipart, without the form data the form always sends: refused too.
  const form = new FormData();
  form.append('0', '["en",{}]');
  const response = await fetch(BASE + '/en/self-check', {
    method: 'POST',
    headers: { Origin: ORIGIN_OK, 'Next-Action': id },
    body: form,
  });
  expect(response.status).toBe(400);
});

test('a form naming an unknown action, or with arguments React cannot decode, gets a 4xx', async () => {
  const id = await actionId();
  const cases: [string, [string, string][], Record<string, string>, number][] = [
    [
      'no-script form, unknown id',
      [
        ['$ACTION_ID_00112233445566778899aabbccddeeff00112233aa', ''],
        ['qmth', 'no'],
      ],
      {},
      400,
    ],
    [
      'no-script form, unknown id in its reference',
      [
        ['$ACTION_REF_1', ''],
        ['$ACTION_1:0', '{"id":"00112233445566778899aabbccddeeff00112233aa","bound":"$@1"}'],
        ['$ACTION_1:1', '["en",{}]'],
      ],
      {},
      404,
    ],
    [
      'no-script form, broken bound arguments',
      [
        ['$ACTION_REF_1', ''],
        ['$ACTION_1:0', `{"id":"${id}","bound":"$@1"}`],
        ['$ACTION_1:1', '["en",'],
      ],
      {},
      400,
    ],
    ['script call, a reference to a missing field', [['0', '["$1"]']], { 'Next-Action': id }, 400],
    ['script call, broken JSON', [['0', `["${MARKER}",`]], { 'Next-Action': id }, 400],
  ];
  for (const [name, fields, headers, status] of cases) {
    const form = new FormData();
    for (const [field, value] of fields) form.append(field, value);
    const response = await fetch(BASE + '/en/self-check', {
      method: 'POST',
      headers: { Origin: ORIGIN_OK, ...headers },
      body: form,
    });
    expect(response.status, name).toBe(status);
  }
});

test('a server action aimed at a page without one gets 405 and what the page allows', async () => {
  const id = await actionId();
  for (const path of ['/nb', '/en', '/nb/sporsmal-og-svar', '/en/faq', '/nb/lenker', '/', '/robots.txt', '/nb/finnes-ikke']) {
    const response = await fetch(BASE + path, {
      method: 'POST',
      headers: { Origin: ORIGIN_OK, 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8' },
      body: '[]',
      redirect: 'manual',
    });
    expect(response.status, path).toBe(405);
    expect(response.headers.get('allow'), path).toBe('GET, HEAD');
  }
});

test('the host a post is for is the first X-Forwarded-Host, else Host, as Next decides', async () => {
  // An edge that rewrites Host to the upstream's name and names the public host in X-Forwarded-Host.
  const behindEdge = { Origin: 'https://qmth.example.no', Host: 'upstream.internal', 'X-Forwarded-Host': 'qmth.example.no' };
  const accepted = await rawRequest('POST', FORM, behindEdge, await formBody({ qmth: 'no' }));
  expect(accepted.status).toBe(303);
  // A forwarded host that is not the post's origin: refused by the guard, before Next's 500.
  const mismatched = await formPost({ qmth: 'no' }, { Origin: ORIGIN_OK, 'X-Forwarded-Host': 'other.example' });
  expect(mismatched.status).toBe(403);
  const id = await actionId();
  const mismatchedAction = await fetch(BASE + '/en/self-check', {
    method: 'POST',
    headers: {
      Origin: ORIGIN_OK,
      'X-Forwarded-Host': 'other.example',
      'Next-Action': id,
      'Content-Type': 'text/plain;charset=UTF-8',
    },
    body: '["en",{}]',
  });
  expect(mismatchedAction.status).toBe(403);
});

test('a request without a Host gets a 4xx', async () => {
  // HTTP/1.0 allows leaving Host out; Next then fills in a name of its own, never the Origin's.
  const post = await rawRequest('POST', FORM, { Origin: ORIGIN_OK }, await formBody({ qmth: 'no' }), 'HTTP/1.0');
  expect(post.status).toBeGreaterThanOrEqual(400);
  expect(post.status).toBeLessThan(500);
  const get = await rawRequest('GET', '/nb', {}, undefined, 'HTTP/1.0');
  expect(get.status).toBeLessThan(500);
});

test('a path with a trailing slash is redirected with the security headers', async () => {
  for (const [path, target] of [
    ['/nb/', '/nb'],
    ['/en/self-check/?qmth=no', '/en/self-check?qmth=no'],
    ['/nb/sporsmal-og-svar/', '/nb/sporsmal-og-svar'],
  ]) {
    const response = await fetch(BASE + path, { redirect: 'manual' });
    expect(response.status, path).toBe(308);
    expect(
      new URL(response.headers.get('location')!, BASE).pathname + new URL(response.headers.get('location')!, BASE).search,
    ).toBe(target);
    expect(response.headers.get('strict-transport-security'), path).toContain('max-age=');
    expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
  }
});

test('the image optimizer is off', async () => {
  const response = await fetch(`${BASE}/_next/image?url=%2Fog%2Fnb%2Fannouncement.png&w=64&q=75`);
  expect(response.status).toBe(404);
});

test('an oversized body gets 413 and is not buffered: 20 bodies of 10 MB cost the server little memory', async () => {
  const response = await formPost({ qmth: 'yes', k80Day: MARKER + 'x'.repeat(2_000_000) });
  expect(response.status).toBe(413);
  // Next copies each body for the proxy; past proxyClientMaxBodySize (256 KiB) it stops keeping
  // it. Without that limit these 20 connections held ~10 MB each (~+200 MB) until they closed.
  const before = serverMemoryMB();
  const body = Buffer.alloc(10 * 1024 * 1024, 120);
  const head = `POST ${FORM} HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\nOrigin: ${ORIGIN_OK}\r\nContent-Type: text/plain\r\nContent-Length: ${body.length + 1}\r\n\r\n`;
  const answers: Promise<string>[] = [];
  let written = 0;
  const sockets = Array.from({ length: 20 }, () => {
    const socket = connect(PORT, '127.0.0.1', () => socket.write(Buffer.concat([Buffer.from(head), body]), () => written++));
    answers.push(new Promise((resolve) => socket.once('data', (chunk) => resolve(String(chunk).split('\r\n')[0]))));
    socket.on('error', () => {});
    return socket;
  });
  let during: number;
  try {
    // Each has sent all but its last byte, and Next has read all of it: nothing left in the sockets'
    // queues on either side (Node reads such a body to its end, see README). Next holds what it kept.
    await expect
      .poll(() => written === sockets.length && bytesNotYetRead() === 0, {
        message: 'the server reads every byte of the 20 bodies',
        intervals: [100],
        timeout: 20_000,
      })
      .toBe(true);
    during = serverMemoryMB();
    // The last bytes: each body ends and gets its 413 (a client that gives up mid-body instead
    // makes Next log "Error: aborted"; the edge, which buffers bodies, never sends Node one).
    for (const socket of sockets) socket.write('x');
    expect(await Promise.all(answers)).toEqual(Array(20).fill('HTTP/1.1 413 Payload Too Large'));
  } finally {
    // Closed even when a check above fails, so the server is not left holding them for the next tests.
    for (const socket of sockets) socket.destroy();
  }
  console.log(`server memory: ${before.toFixed(0)} MB, ${during.toFixed(0)} MB with 20 bodies of 10 MB in flight`);
  expect(during - before).toBeLessThan(80);
});

test('a malformed multipart body is refused', async () => {
  const response = await fetch(BASE + FORM, {
    method: 'POST',
    headers: { Origin: ORIGIN_OK, 'Content-Type': 'multipart/form-data; boundary=xyz' },
    body: `--xyz\r\nContent-Disposition: form-data; name="qmth"\r\n\r\n${MARKER}`,
  });
  expect(response.status).toBe(400);
});

test('hostile answers in a valid post come back as errors, not as a verdict', async () => {
  const response = await formPost({
    qmth: 'yes',
    csp: `${MARKER}<script>`,
    k80: 'yes',
    k80Day: MARKER,
    k80Month: '2',
    k80Year: '2018',
  });
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).not.toContain('data-verdict');
  expect(html).not.toContain(`${MARKER}<script>`);
  expect(html).toContain('role="alert"');
});

test('odd paths and methods get no server error', async () => {
  for (const [method, path] of [
    ['GET', '/nb/%00'],
    ['GET', '/%c0%ae%c0%ae/'],
    ['POST', '/nb'],
    ['PUT', FORM],
    ['DELETE', '/en/faq'],
    ['GET', `/en/self-check?qmth=${'y'.repeat(20_000)}`],
  ]) {
    const response = await fetch(BASE + path, {
      method,
      headers: { Origin: ORIGIN_OK },
      body: method === 'GET' ? undefined : 'a=b',
    });
    expect(response.status, `${method} ${path}`).toBeLessThan(500);
  }
});

/** Bytes written on a socket as given; the answer's status and head. */
function sendRaw(bytes: Buffer | string) {
  return new Promise<{ status: number; head: string }>((resolve, reject) => {
    let answer = '';
    const socket = connect(PORT, '127.0.0.1', () => socket.end(bytes));
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('end', () => resolve({ status: Number(answer.split(' ')[1]), head: answer.split('\r\n\r\n')[0] }));
    socket.on('error', reject);
  });
}

/** A multipart post to the English self-check, part by part as written (or whole), with the headers given. */
function multipartPost(
  parts: string[],
  headers: Record<string, string>,
  type = 'multipart/form-data; boundary=XB',
  whole = false,
) {
  const text = whole ? parts.join('') : `--XB\r\n${parts.join('\r\n--XB\r\n')}\r\n--XB--\r\n`;
  const body = Buffer.from(text, 'latin1');
  const head = [
    'POST /en/self-check HTTP/1.1',
    `Host: 127.0.0.1:${PORT}`,
    `Origin: ${ORIGIN_OK}`,
    `Content-Type: ${type}`,
    `Content-Length: ${body.length}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    'Connection: close',
    '',
    '',
  ].join('\r\n');
  return sendRaw(Buffer.concat([Buffer.from(head), body]));
}
const part = (name: string, value: string, headers = '') =>
  `Content-Disposition: form-data; name="${name}"${headers}\r\n\r\n${value}`;

test("every encoding the review got past the old guard gets a 4xx (N2, D6), and the form's own posts still pass", async () => {
  const id = await actionId();
  const action = { 'Next-Action': id };
  const args = '["en",{},"$K1"]';
  const meta = (actionId = id, bound = '$@1') => JSON.stringify({ id: actionId, bound });
  const cases: [string, string[], Record<string, string>, string?][] = [
    ['no field 0 (curl -F qmth=yes)', [part('qmth', 'yes')], action],
    ['Multipart/ in upper case', [part('0', args)], action, 'Multipart/form-data; boundary=XB'],
    ['field 0 nested 3,000 deep', [part('0', '['.repeat(3000) + ']'.repeat(3000))], action],
    ...['$Q5', '$W5', '$h5', '$B1', '$F1', '$S', '$l1', '$1:constructor:constructor', '$@1'].map(
      (reference): [string, string[], Record<string, string>] => [
        `reference ${reference}`,
        [part('0', JSON.stringify(['en', { raw: { qmth: reference } }, '$K1']))],
        action,
      ],
    ),
    ['field 0 in UTF-16', [part('0', args, '\r\nContent-Type: text/plain; charset=utf-16le')], action],
    [
      'a base64 file part',
      [part('0', args), part('_1_f', 'aGk=', '; filename="a"\r\nContent-Transfer-Encoding: base64')],
      action,
    ],
    ['a part header over 16 KiB', [part('0', args), `X-Pad: ${'a'.repeat(17_000)}\r\n${part('_1_q', 'x')}`], action],
    ['field name "\\0"', [part('0', args), part('\0', 'x')], action],
    ['field name 0%22', [part('0', args), part('0%22', 'x')], action],
    ['1,001 arguments', [part('0', JSON.stringify(['en', ...Array(999).fill(0), '$K1']))], action],
    ['$ACTION_REF_a', [part('$ACTION_REF_a', ''), part('$ACTION_a:0', meta()), part('$ACTION_a:1', '{')], {}],
    ['a bound argument "$@1" with nothing bound', [part('$ACTION_REF_1', ''), part('$ACTION_1:0', meta())], {}],
    ['a bound ["$Q5"]', [part('$ACTION_REF_1', ''), part('$ACTION_1:0', meta()), part('$ACTION_1:1', '["$Q5"]')], {}],
    [
      'a bound list 5,000 deep',
      [part('$ACTION_REF_1', ''), part('$ACTION_1:0', meta()), part('$ACTION_1:1', '['.repeat(5000) + ']'.repeat(5000))],
      {},
    ],
    ['no action field at all (curl -F qmth=no)', [part('qmth', 'no')], {}],
    ['an unknown id in $ACTION_REF_', [part('$ACTION_REF_1', ''), part('$ACTION_1:0', meta('ab'.repeat(21)))], {}],
  ];
  const answers: string[] = [];
  for (const [name, parts, headers, type] of cases) {
    const { status } = await multipartPost(parts, headers, type);
    answers.push(`${name}: ${status}`);
    expect(status, name).toBeGreaterThanOrEqual(400);
    expect(status, name).toBeLessThan(500);
  }
  console.log(answers.join('; '));
  // The form's own posts, with and without JavaScript, are still answered with the verdict's link.
  expect((await formPost({ qmth: 'no' })).status).toBe(303);
  expect(log).not.toMatch(/^\s+at |Error:|⨯/m);
});

test('multipart bodies busboy or undici reads otherwise than the guard get a 4xx: a boundary that is no token, a BOM, a value starting with the delimiter or holding the boundary (F1)', async () => {
  const action = { 'Next-Action': await actionId() };
  const args = '["en",{},"$K1"]';
  const cases: [string, string[], string?][] = [
    ...['a:b', 'a(b)', 'a,b', 'a/b', 'a=b', 'a?b'].map((boundary): [string, string[], string] => [
      `boundary ${boundary}`,
      [part('_1_qmth', 'yes'), part('0', args)],
      boundary,
    ]),
    ['a BOM before field 0', [part('0', `\u00ef\u00bb\u00bf${args}`)]],
    ['a BOM before an answer', [part('0', args), part('_1_qmth', '\u00ef\u00bb\u00bfyes')]],
    ['field 0 starting with --XB', [part('0', '--XB'), part('_1_qmth', 'yes')]],
  ];
  const answers: string[] = [];
  for (const [name, parts, boundary = 'XB'] of cases) {
    const written = parts.map((text) => text.replaceAll('--XB', `--${boundary}`));
    const body = `--${boundary}\r\n${written.join(`\r\n--${boundary}\r\n`)}\r\n--${boundary}--\r\n`;
    const { status } = await multipartPost([body], action, `multipart/form-data; boundary=${boundary}`, true);
    answers.push(`${name}: ${status}`);
    expect(status, name).toBeGreaterThanOrEqual(400);
    expect(status, name).toBeLessThan(500);
  }
  // The post without JavaScript with the boundary inside an answer: undici, which reads it, fails there.
  const hidden = [...(await formData({})).entries()].map(([name, value]) => part(name, String(value)));
  const inside = await multipartPost([...hidden, part('qmth', 'aXBb')], {});
  answers.push(`the boundary inside an answer: ${inside.status}`);
  expect(inside.status).toBe(400);
  expect((await multipartPost([...hidden, part('qmth', 'no')], {})).status).toBe(303);
  // And with a part header in other letters than browsers write, which undici does not take.
  const upper = await multipartPost([...hidden, part('qmth', 'no').replace('form-data', 'FORM-DATA')], {});
  answers.push(`FORM-DATA: ${upper.status}`);
  expect(upper.status).toBe(400);
  console.log(answers.join('; '));
  expect((await formPost({ qmth: 'no' })).status).toBe(303);
  expect(log).not.toMatch(/^\s+at |Error:|⨯/m);
});

test('the no-JavaScript post with its action descriptor spelled any other way, or without an Origin, gets a 4xx and no log line (H1, H3)', async () => {
  const form = await formData({ qmth: 'no' });
  const descriptor = String(form.get('$ACTION_1:0'));
  const { id, bound } = JSON.parse(descriptor) as { id: string; bound: string };
  for (const spelling of [JSON.stringify({ bound, id }), ` ${descriptor}`, JSON.stringify({ id, bound }, null, 1)]) {
    const respelled = await formData({ qmth: 'no' });
    respelled.set('$ACTION_1:0', spelling);
    const response = await fetch(BASE + FORM, {
      method: 'POST',
      body: respelled,
      headers: { Origin: ORIGIN_OK },
      redirect: 'manual',
    });
    expect(response.status, spelling).toBe(400);
  }
  expect((await fetch(BASE + FORM, { method: 'POST', body: form, redirect: 'manual' })).status).toBe(403);
  expect(log).not.toMatch(/^\s+at |Error:|⨯|Missing `origin`/m);
});

test('a runtime prefetch (Next-Router-Prefetch 2 or 3) gets 400 on every dynamic page, not a render that logs a stack (F2)', async () => {
  for (const path of ['/en/self-check', '/nb/fritakssjekk', '/en/links', '/nb/lenker', '/nb/finnes-ikke', '/nb', '/']) {
    for (const prefetch of ['2', '3', 'zz']) {
      const headers = { RSC: '1', 'Next-Router-Prefetch': prefetch };
      const answer = await fetch(BASE + path, { headers, redirect: 'manual' });
      expect(answer.status, `${path} ${prefetch}`).toBe(400);
    }
    // The client router's own prefetch is still answered, after Next's _rsc redirect.
    const headers = { RSC: '1', 'Next-Router-Prefetch': '1' };
    const first = await fetch(BASE + path, { headers, redirect: 'manual' });
    const location = first.headers.get('location');
    const again =
      first.status === 307 && location?.includes('_rsc=')
        ? await fetch(new URL(location, BASE), { headers, redirect: 'manual' })
        : first;
    expect(again.status, path).toBeLessThan(500);
  }
  expect(log).not.toMatch(/^\s+at |Error:|⨯/m);
});

test('a router state tree Next cannot read gets 400, not a 500, on every dynamic page (N3)', async () => {
  const tree = encodeURIComponent('{broken');
  for (const path of ['/en/self-check', '/nb/fritakssjekk', '/en/links', '/nb/lenker', '/nb/finnes-ikke']) {
    const headers = { RSC: '1', 'Next-Router-State-Tree': tree };
    const first = await fetch(BASE + path, { headers, redirect: 'manual' });
    // Next's 307 names the right _rsc hash; the request that follows it reaches the renderer.
    const again =
      first.status === 307 ? await fetch(new URL(first.headers.get('location')!, BASE), { headers, redirect: 'manual' }) : first;
    expect(again.status, path).toBe(400);
  }
  expect(log).not.toMatch(/^\s+at |Error:|⨯/m);
});

test('a path that merely starts like Next’s own files meets the proxy: a 404 under the policy, and no action (N4, D4)', async () => {
  const id = await actionId();
  for (const path of ['/_next/static-x', '/_next/staticfoo/bar', '/_next/imagex', '/_next/image', '/_next/data/x/nb.json']) {
    const response = await fetch(BASE + path);
    expect(response.status, path).toBe(404);
    expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    const post = await fetch(BASE + path, {
      method: 'POST',
      headers: { Origin: ORIGIN_OK, 'Next-Action': id },
      body: (() => {
        const form = new FormData();
        form.append('qmth', 'yes');
        return form;
      })(),
    });
    expect(post.status, `POST ${path}`).toBe(405);
  }
  // A client's own policy header never becomes the page's nonce.
  const spoofed = await fetch(BASE + '/_next/static-x', {
    headers: { 'Content-Security-Policy': "script-src 'nonce-attacker'" },
  });
  expect(await spoofed.text()).not.toContain('nonce="attacker"');
  expect(log).not.toMatch(/^\s+at |Error:|⨯|uncaughtException/m);
});

test('a body on GET or HEAD is refused at once', async () => {
  const answer = await sendRaw(
    `GET /en/self-check HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello`,
  );
  expect(answer.status).toBe(400);
});

test('the server keeps serving, logged nothing a partner typed and no stack trace', async () => {
  expect((await fetch(`${BASE}/nb`)).status).toBe(200);
  expect((await fetch(BASE + FORM)).status).toBe(200);
  expect(log).not.toContain(MARKER);
  expect(log).not.toMatch(/^\s+at /m);
  expect(log).not.toMatch(/uncaughtException|unhandledRejection|Error:/);
});
