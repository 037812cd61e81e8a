import { expect, test } from '@playwright/test';
import { READING_PAGES } from './site-pages';

// The announcement and the FAQ, as a build made after the deadline serves them: documents without
// a single script (scripts/documents-adapter.mjs). App Router has no switch for this, so
// these tests are what notices when a Next upgrade brings a script back.

/** What in a page's HTML makes a browser load or run JavaScript. */
const SCRIPT_MARKUP = /<script\b|rel="?modulepreload|as="?script|\bon[a-z]+="/i;

for (const path of READING_PAGES) {
  test(`${path} is served without a script, on its first request and every later one`, async ({ request }) => {
    for (let i = 0; i < 2; i++) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain('<h1');
      expect(html.match(SCRIPT_MARKUP)?.[0], path).toBeUndefined();
      expect(response.headers()['link'] ?? '').not.toMatch(/script/i);
    }
  });
}

test('the announcement and the FAQ, in both languages, load no JavaScript in the browser and read in full', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const path of READING_PAGES) {
    await test.step(path, async () => {
      // A script is either in the HTML (the test above) or started by one: none by the load event is none at all.
      await page.goto(path, { waitUntil: 'load' });
      expect(scripts).toEqual([]);
      expect(await page.locator('script').count()).toBe(0);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeVisible();
    });
  }
});
