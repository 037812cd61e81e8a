import { expect, test, type APIRequestContext } from '@playwright/test';
import { ALL_PAGES, OTHER, PAGES } from './site-pages';

// What Outlook, Teams and Slack read to preview a link: the page's HTML as the server sends it
// (their crawlers run no script), so these tests read it through `request`, without a browser.

const ORIGIN = 'http://localhost:3000'; // SITE_URL's default: the e2e servers set none
const OG_LOCALE = { nb: 'nb_NO', en: 'en_GB' };
const OG_NAME = { announcement: 'announcement', faq: 'faq', selfCheck: 'self-check' };

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#x27': "'", '#39': "'", lt: '<', gt: '>' };

/** Every <meta> and <link> tag of a page's HTML, with its attributes (names in lower case, values decoded). */
function tagsOf(html: string) {
  return [...html.matchAll(/<(meta|link)\b([^>]*)>/gi)].map(([, tag, attributes]) => ({
    tag: tag.toLowerCase(),
    ...Object.fromEntries(
      [...attributes.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [
        name.toLowerCase(),
        value.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (_, entity: string) => ENTITIES[entity]),
      ]),
    ),
  })) as ({ tag: string } & Record<string, string | undefined>)[];
}

/** A page's head as a crawler reads it: the first <meta> of a property or name, and the <link>s. */
async function headOf(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const tags = tagsOf(await response.text());
  return {
    meta: (key: string) => tags.find((t) => t.tag === 'meta' && (t.property === key || t.name === key))?.content,
    links: (rel: string, hreflang?: string) =>
      tags
        .filter((t) => t.tag === 'link' && t.rel === rel && (hreflang === undefined || t.hreflang === hreflang))
        .map((t) => t.href),
  };
}

/** Width and height from a PNG's header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

for (const { locale, page: name, path } of ALL_PAGES) {
  test(`${path} previews well in Outlook, Teams and Slack`, async ({ request }) => {
    const { meta, links } = await headOf(request, path);
    const url = ORIGIN + path;
    expect(meta('og:title')).toBeTruthy();
    expect(meta('og:description')?.length).toBeGreaterThan(40);
    expect(meta('description')).toBe(meta('og:description'));
    expect(meta('og:type')).toBe('website');
    expect(meta('og:url')).toBe(url);
    expect(meta('og:locale')).toBe(OG_LOCALE[locale]);
    expect(meta('og:locale:alternate')).toBe(OG_LOCALE[OTHER[locale]]);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(links('canonical')).toEqual([url]);
    expect(links('alternate', 'nb')).toEqual([ORIGIN + PAGES[name].nb]);
    expect(links('alternate', 'en')).toEqual([ORIGIN + PAGES[name].en]);
    expect(links('alternate', 'x-default')).toEqual([ORIGIN + PAGES[name].nb]);
    expect(meta('robots')).toBeUndefined();

    const image = meta('og:image');
    // The main e2e server's today is after the deadline: the preview of the ended era (era-checks.ts covers both).
    expect(image).toBe(`${ORIGIN}/og/${locale}/${OG_NAME[name]}-ended.png`);
    expect(meta('twitter:image')).toBe(image);
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

test('a result link is kept out of search engines', async ({ request }) => {
  const { meta } = await headOf(request, `${PAGES.selfCheck.en}?qmth=no&utm_source=email`);
  expect(meta('robots')).toMatch(/noindex/);
});
