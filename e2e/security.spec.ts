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

/** The prerendered pages: they skip the proxy and carry the policy next.config.mjs gives them. */
const STATIC_PAGES = [PAGES.announcement.nb, PAGES.faq.nb, PAGES.announcement.en, PAGES.faq.en];

/** What the browser says it refused under the policy, from now on. */
function policyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));

for (const path of STATES) {
  test(`${path} carries a strict policy and breaks none of it`, async ({ page }) => {
    const violations = policyViolations(page);
    const response = await page.goto(path);
    const headers = response!.headers();
    const policy = directives(headers['content-security-policy']);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts.some((s) => s.startsWith("'nonce-") || s.startsWith("'sha256-"))).toBe(true);
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
    // The page's scripts ran under the policy: React has hydrated the page.
    await expect.poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next)).toBe('object');
    expect(violations).toEqual([]);
  });
}

test('the announcement and the FAQ stay static and cacheable by a CDN under the policy', async ({ request }) => {
  for (const path of STATIC_PAGES) {
    const first = await request.get(path);
    const second = await request.get(path);
    expect(first.headers()['cache-control'], path).toMatch(/s-maxage=\d+/);
    expect(first.headers()['x-nextjs-cache'], path).toBe('HIT');
    // The same policy for every request: nothing in it varies, so a cached copy stays valid.
    expect(second.headers()['content-security-policy']).toBe(first.headers()['content-security-policy']);
    expect(first.headers()['content-security-policy']).toMatch(/'sha256-/);
  }
});

test('a page rendered per request gets a fresh nonce each time', async ({ request }) => {
  const nonce = async () => /'nonce-([^']+)'/.exec((await request.get(PAGES.selfCheck.nb)).headers()['content-security-policy'])?.[1];
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

test('the static pages, which skip the proxy, still meet its guard with a body or a server action: 405, they take no post', async ({ request, baseURL }) => {
  for (const path of STATIC_PAGES) {
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

test.describe('a build made before the deadline (SITE_TODAY 2020-12-30)', () => {
  // There the announcement and the FAQ count the days left, so they are rendered per request and
  // need the proxy's nonce: the build sends them through it with ?live=1 (lib/static-pages.mjs).
  for (const path of STATIC_PAGES) {
    test(`${path} is rendered per request with a fresh nonce, and breaks no policy`, async ({ page, request }) => {
      const violations = policyViolations(page);
      const response = await page.goto(baseUrl('beforeDeadline') + path);
      expect(new URL(page.url()).pathname).toBe(path);
      expect(new URL(page.url()).searchParams.get('live')).toBe('1');
      const policy = response!.headers()['content-security-policy'];
      expect(policy).toMatch(/'nonce-[^']+'/);
      expect(policy).not.toMatch(/'sha256-/);
      await expect.poll(() => page.evaluate(() => typeof (window as { next?: unknown }).next)).toBe('object');
      expect(violations).toEqual([]);
      const again = await request.get(baseUrl('beforeDeadline') + path + '?live=1');
      expect(again.headers()['content-security-policy']).not.toBe(policy);
    });
  }
});
