import { expect, test } from '@playwright/test';
import { expectScriptsRan, expectStrictPolicy, watchPolicyViolations } from './policy-checks';
import { baseUrl } from './servers';
import { PAGES, READING_PAGES } from './site-pages';

// The policy and headers of each page and state on the main server are checked where that state is
// loaded once for all its checks: pages.spec.ts (the six pages), not-found.spec.ts (the 404s) and
// self-check.spec.ts (a verdict, an error state, the form posting). Here: what needs two requests,
// a post, or the build made before the deadline.

test('the announcement and the FAQ stay static and cacheable by a CDN, with one constant policy', async ({ request }) => {
  for (const path of READING_PAGES) {
    const first = await request.get(path);
    const second = await request.get(path);
    expect(first.headers()['cache-control'], path).toMatch(/s-maxage=\d+/);
    expect(first.headers()['x-nextjs-cache'], path).toBe('HIT');
    expect(second.headers()['x-nextjs-cache'], path).toBe('HIT');
    // Nothing in the policy varies, so a cached copy stays valid: no nonce, no hash.
    expect(second.headers()['content-security-policy']).toBe(first.headers()['content-security-policy']);
    expect(first.headers()['content-security-policy']).not.toMatch(/'nonce-|'sha256-/);
  }
});

test('a page rendered per request gets a fresh nonce each time', async ({ request }) => {
  const nonce = async () =>
    /'nonce-([^']+)'/.exec((await request.get(PAGES.selfCheck.nb)).headers()['content-security-policy'])?.[1];
  const [a, b] = [await nonce(), await nonce()];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
});

test('the reading pages take no post: 405, whatever the body or the server action', async ({ request, baseURL }) => {
  for (const path of READING_PAGES) {
    const crossOrigin = await request.post(path, {
      headers: { Origin: 'https://evil.example', 'Next-Action': '0'.repeat(42), 'Content-Type': 'text/plain' },
      data: '[]',
    });
    expect(crossOrigin.status(), `cross-origin action to ${path}`).toBe(405);
    const broken = await request.post(path, {
      headers: { Origin: baseURL!, 'Content-Type': 'multipart/form-data; boundary=x' },
      data: 'not multipart at all',
    });
    expect(broken.status(), `broken multipart to ${path}`).toBe(405);
  }
});

// In a build made before the deadline the announcement and the FAQ count the days left, so they are
// rendered per request, with their scripts, which the proxy allows by a fresh nonce: at the same URL,
// with no detour. The headers of all four on both servers need no browser. That their scripts run
// under the policy needs one: each server opens the announcement in one language and the FAQ in the
// other, so over the two servers each page is seen in both languages (the scripts and the policy are
// the same in both; only the words differ).
const IN_A_BROWSER = {
  beforeDeadline: [PAGES.announcement.nb, PAGES.faq.en],
  builtBeforeServedAfter: [PAGES.announcement.en, PAGES.faq.nb],
} as const;

for (const server of ['beforeDeadline', 'builtBeforeServedAfter'] as const) {
  test(`a build made before the deadline, served by ${server}: the announcement and the FAQ are rendered per request with a fresh nonce, run their scripts and break no policy`, async ({
    page,
    request,
  }) => {
    await test.step('each is answered at its own URL, uncached, under a strict policy with a fresh nonce', async () => {
      for (const path of READING_PAGES) {
        const response = await request.get(baseUrl(server) + path, { maxRedirects: 0 });
        expect(response.status(), path).toBe(200);
        expectStrictPolicy(response.headers(), { isStatic: false });
        const policy = response.headers()['content-security-policy'];
        expect(policy, path).toMatch(/script-src 'self' 'nonce-[^']+'/);
        expect(response.headers()['x-nextjs-cache'], path).toBeUndefined();
        const again = await request.get(baseUrl(server) + path, { maxRedirects: 0 });
        expect(again.headers()['content-security-policy'], path).not.toBe(policy);
      }
    });
    const refused = watchPolicyViolations(page);
    for (const path of IN_A_BROWSER[server]) {
      await test.step(`${path} runs its scripts in a browser under that policy`, async () => {
        const response = await page.goto(baseUrl(server) + path);
        expect(response!.status()).toBe(200);
        expect(page.url()).toBe(baseUrl(server) + path);
        expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+'/);
        await expectScriptsRan(page);
      });
    }
    await test.step('the browser refused nothing under the policy', () => expect(refused).toEqual([]));
  });
}
