import { baseUrl } from './servers';
import { expect, test, type Page } from '@playwright/test';
import { MESSAGES, day } from './messages';
import { ALL_PAGES, OTHER, PAGES } from './site-pages';

const ORIGIN = 'http://localhost:3000'; // SITE_URL's default: the e2e servers set none
const OG_LOCALE = { nb: 'nb_NO', en: 'en_GB' };
const OG_NAME = { announcement: 'announcement', faq: 'faq', selfCheck: 'self-check' };

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');

/** Width and height from a PNG's header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

for (const { locale, page: name, path } of ALL_PAGES) {
  test(`${path} previews well in Outlook, Teams and Slack`, async ({ page, request }) => {
    await page.goto(path);
    const url = ORIGIN + path;
    expect(await meta(page, 'og:title')).toBeTruthy();
    expect((await meta(page, 'og:description'))?.length).toBeGreaterThan(40);
    expect(await meta(page, 'description')).toBe(await meta(page, 'og:description'));
    expect(await meta(page, 'og:type')).toBe('website');
    expect(await meta(page, 'og:url')).toBe(url);
    expect(await meta(page, 'og:locale')).toBe(OG_LOCALE[locale]);
    expect(await meta(page, 'og:locale:alternate')).toBe(OG_LOCALE[OTHER[locale]]);
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    await expect(page.locator('link[rel="alternate"][hreflang="nb"]')).toHaveAttribute('href', ORIGIN + PAGES[name].nb);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', ORIGIN + PAGES[name].en);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', ORIGIN + PAGES[name].nb);
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);

    const image = await meta(page, 'og:image');
    // The main e2e server's today is after the deadline: the preview of the ended era (era-checks.ts covers both).
    expect(image).toBe(`${ORIGIN}/og/${locale}/${OG_NAME[name]}-ended.png`);
    expect(await meta(page, 'twitter:image')).toBe(image);
    const response = await request.get(new URL(image!).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });
}

test('the sitemap lists the six pages with their alternates, and robots.txt names it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs.sort()).toEqual(ALL_PAGES.map(({ path }) => ORIGIN + path).sort());
  for (const { page: name } of ALL_PAGES) {
    expect(sitemap).toContain(`hreflang="en" href="${ORIGIN}${PAGES[name].en}"`);
    expect(sitemap).toContain(`hreflang="x-default" href="${ORIGIN}${PAGES[name].nb}"`);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  expect(robots).not.toMatch(/Disallow: \/\s*$/m);
});

test('a result link is kept out of search engines', async ({ page }) => {
  await page.goto(`${PAGES.selfCheck.en}?qmth=no&utm_source=email`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('the announcement and the FAQ say when the page was last revised, not as news', async ({ page }) => {
  for (const [path, locale] of [
    [PAGES.announcement.nb, 'nb'],
    [PAGES.faq.en, 'en'],
  ] as const) {
    await page.goto(path);
    const text = MESSAGES[locale].Site.lastUpdated.replace('<time>{date}</time>', day(locale, '2026-11-26'));
    await expect(page.getByText(text)).toBeVisible();
    await expect(page.locator('time[datetime="2026-11-26"]')).toHaveCount(1);
    // Served as of a day before that revision, the page does not announce it.
    await page.goto(baseUrl('beforeDeadline') + path);
    await expect(page.locator('time[datetime="2026-11-26"]')).toHaveCount(0);
  }
});
