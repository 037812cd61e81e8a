import { expect, test, type Page } from '@playwright/test';
import { baseUrl } from './servers';
import { ALL_PAGES, PAGES } from './site-pages';

const STATES = [
  ...ALL_PAGES.map(({ path }) => path),
  `${PAGES.selfCheck.nb}?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01`,
  `${PAGES.selfCheck.en}?qmth=yes&k80=yes&k80Date=2018-02-30`,
  '/nb/finnes-ikke',
  '/de',
];

/** The reading pages: prerendered after the deadline, without a script, under a constant policy. */
const READING_PAGES = [PAGES.announcement.nb, PAGES.faq.nb, PAGES.announcement.en, PAGES.faq.en];
const isReadingPage = (path: string) => (READING_PAGES as readonly string[]).includes(path);

/** What the browser says it refused under the policy, from now on. */
function policyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );

for (const path of STATES) {
  test(`${path} carries a strict policy and breaks none of it`, async ({ page }) => {
    const violations = policyViolations(page);
    const response = await page.goto(path);
    const headers = response!.headers();
    const policy = directives(headers['content-security-policy']);
    const scripts = policy.get('script-src') ?? [];
    if (isReadingPage(path)) expect(scripts).toEqual(["'none'"]);
    else expect(scripts.some((s) => s.startsWith("'nonce-"))).toBe(true);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security'])?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-powered-by']).toBeUndefined();
    expect(headers['set-cookie']).toBeUndefined();
    // A page rendered per request ran its scripts under the policy: React has hydrated it.
    if (!isReadingPage(path)) {
      await expect.poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next)).toBe('object');
    }
    expect(violations).toEqual([]);
  });
}

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

test('the self-check works under the policy: the form posts and the verdict follows', async ({ page }) => {
  const violations = policyViolations(page);
  await page.goto(PAGES.selfCheck.en);
  await page.getByRole('group', { name: 'Are you a QMTH partner today?' }).getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'See the result' }).click();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'not-qmth');
  await expect(page.getByRole('button', { name: 'Copy the link' })).toBeVisible();
  expect(violations).toEqual([]);
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

for (const server of ['beforeDeadline', 'builtBeforeServedAfter'] as const) {
  test.describe(`a build made before the deadline, served by ${server}`, () => {
    // There the announcement and the FAQ count the days left, so they are rendered per request, with
    // their scripts, which the proxy allows by a fresh nonce: at the same URL, with no detour.
    for (const path of READING_PAGES) {
      test(`${path} is rendered per request with a fresh nonce, runs its scripts and breaks no policy`, async ({
        page,
        request,
      }) => {
        const violations = policyViolations(page);
        const response = await page.goto(baseUrl(server) + path);
        expect(response!.status()).toBe(200);
        expect(page.url()).toBe(baseUrl(server) + path);
        const policy = response!.headers()['content-security-policy'];
        expect(policy).toMatch(/script-src 'self' 'nonce-[^']+'/);
        expect(response!.headers()['x-nextjs-cache']).toBeUndefined();
        await expect.poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next)).toBe('object');
        expect(violations).toEqual([]);
        const again = await request.get(baseUrl(server) + path);
        expect(again.headers()['content-security-policy']).not.toBe(policy);
      });
    }
  });
}
