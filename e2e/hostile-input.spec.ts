import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import servers from './servers.json' with { type: 'json' };

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
      SITE_TODAY: servers.servers.main.today,
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_ALLOW_PLACEHOLDERS: '1',
    },
    detached: true,
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${BASE}/nb`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not start:\n${log}`);
});

test.afterAll(() => {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
});

/** The no-JavaScript form post exactly as a browser sends it, with the given answers. */
async function formPost(answers: Record<string, string>, headers: Record<string, string> = { Origin: ORIGIN_OK }) {
  const html = await (await fetch(BASE + FORM)).text();
  const form = new FormData();
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) {
    form.append(name, (value ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  }
  for (const [name, value] of Object.entries(answers)) form.append(name, value);
  return fetch(BASE + FORM, { method: 'POST', body: form, headers, redirect: 'manual' });
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

test('an unknown action id gets no verdict and no server error', async () => {
  const response = await fetch(BASE + FORM, {
    method: 'POST',
    headers: { Origin: ORIGIN_OK, 'Next-Action': '00112233445566778899aabbccddeeff00112233aa', 'Content-Type': 'text/plain;charset=UTF-8' },
    body: JSON.stringify([MARKER]),
  });
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
});

test('an oversized body is refused before it is read', async () => {
  const response = await formPost({ qmth: 'yes', k80Day: MARKER + 'x'.repeat(2_000_000) });
  expect(response.status).toBe(413);
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
  const response = await formPost({ qmth: 'yes', csp: `${MARKER}<script>`, k80: 'yes', k80Day: MARKER, k80Month: '2', k80Year: '2018' });
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
    const response = await fetch(BASE + path, { method, headers: { Origin: ORIGIN_OK }, body: method === 'GET' ? undefined : 'a=b' });
    expect(response.status, `${method} ${path}`).toBeLessThan(500);
  }
});

test('the server keeps serving and logged nothing a partner typed', async () => {
  expect((await fetch(`${BASE}/nb`)).status).toBe(200);
  expect((await fetch(BASE + FORM)).status).toBe(200);
  expect(log).not.toContain(MARKER);
});
