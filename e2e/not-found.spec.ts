import { expect, test } from '@playwright/test';

test('an unknown page under a language gets a 404 in that language with a way home', async ({ page }) => {
  for (const [path, lang, heading, home, homeHref] of [
    ['/nb/finnes-ikke', 'nb', 'Fant ikke siden', 'Gå til forsiden', '/nb'],
    ['/en/does-not-exist', 'en', 'Page not found', 'Go to the home page', '/en'],
    ['/en/faq/deeper/still', 'en', 'Page not found', 'Go to the home page', '/en'],
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('main').getByRole('link', { name: home })).toHaveAttribute('href', homeHref);
    // Next adds the noindex itself for every 404.
    await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
  }
});

test('an unknown locale is a 404 that speaks both languages', async ({ page }) => {
  const response = await page.goto('/de');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Gå til forsiden' })).toHaveAttribute('href', '/nb');
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en');
  await expect(page.locator('[lang="en"] h2')).toHaveText('Page not found');
  // Whose site this is, in both languages, each name leading home.
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: 'QMTH-fritaket' })).toHaveAttribute('href', '/nb');
  await expect(banner.getByRole('link', { name: 'The QMTH exemption' })).toHaveAttribute('href', '/en');
  await expect(banner).toContainText('Team Commaxx');
  await expect(page).toHaveTitle('Fant ikke siden · Page not found – Team Commaxx');
});

// Odd paths must never reach a 500 or show a stack trace.
const oddPaths = [
  '/favicon.ico',
  '/de/self-check',
  '/nb/%2e%2e',
  '/nb/%2e%2e/%2e%2e/etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/nb/%00',
  '/%00',
  '/nb/a%ZZ',
  '/%ZZ',
  '/en/faq%00',
  '/en/%c0%ae%c0%ae/',
  '/nb/..%5c..%5cwindows',
  '/nb/' + 'a'.repeat(2000),
  '/nb/<script>alert(1)</script>',
  '/nb/fritakssjekk/%ff',
];

for (const path of oddPaths) {
  test(`${path.slice(0, 60)} is answered without a server error`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 5 });
    expect(response.status(), path).toBeLessThan(500);
    const body = await response.text();
    expect(body).not.toMatch(/at .*\.js:\d+|Internal Server Error|TypeError|<script>alert/);
  });
}
