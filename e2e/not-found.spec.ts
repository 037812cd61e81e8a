import { expect, test, type Page } from '@playwright/test';
import { PHONE_320, expectAccessibleOnPhoneAndDesktop } from './accessible';
import { words } from './messages';
import { openUnderPolicy } from './policy-checks';
import type { Locale } from './site-pages';

// Each 404 loaded once, with JavaScript, and checked there for what a partner who followed a broken
// link sees, for the policy and headers, and for accessibility at 320 px and, widened, at 1280 px.
test.use({ viewport: PHONE_320 });

/** A 404 in the language of its path, which Next marks noindex, with a way home in that language. */
async function expectNotFoundIn(page: Page, locale: Locale) {
  const t = words(locale);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('NotFound.title'));
  await expect(page.getByRole('main').getByRole('link', { name: t('NotFound.home') })).toHaveAttribute('href', `/${locale}`);
  // Next adds the noindex itself for every 404.
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute('content', /noindex/);
}

for (const [path, locale, deeper] of [
  ['/nb/finnes-ikke', 'nb', undefined],
  ['/en/does-not-exist', 'en', '/en/faq/deeper/still'],
] as const) {
  test(`${path}: a 404 in that language with a way home, under a strict policy, without WCAG 2.2 A/AA violations at 320 and 1280 px`, async ({
    page,
  }) => {
    const refused = await openUnderPolicy(page, path, { status: 404 });
    await test.step(`it says the page was not found, in ${locale}, and leads home`, () => expectNotFoundIn(page, locale));
    await expectAccessibleOnPhoneAndDesktop(page);
    if (deeper) {
      await test.step(`a deeper unknown path (${deeper}) gets the same 404`, async () => {
        expect((await page.goto(deeper))?.status()).toBe(404);
        await expectNotFoundIn(page, locale);
      });
    }
    await test.step('the browser refused nothing under the policy', () => expect(refused).toEqual([]));
  });
}

test('/de: an unknown locale is a 404 that speaks both languages, under a strict policy, without WCAG 2.2 A/AA violations at 320 and 1280 px', async ({
  page,
}) => {
  const [nb, en] = [words('nb'), words('en')];
  const refused = await openUnderPolicy(page, '/de', { status: 404 });
  await test.step('it says the page was not found in both languages, each with its way home', async () => {
    await expect(page.getByRole('link', { name: nb('NotFound.home') })).toHaveAttribute('href', '/nb');
    await expect(page.getByRole('link', { name: en('NotFound.home') })).toHaveAttribute('href', '/en');
    await expect(page.locator('[lang="en"] h2')).toHaveText(en('NotFound.title'));
    await expect(page).toHaveTitle(`${nb('NotFound.title')} · ${en('NotFound.title')} – ${nb('Site.publisher')}`);
  });
  await test.step('it says whose site this is, in both languages, each name leading home', async () => {
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: nb('Site.name') })).toHaveAttribute('href', '/nb');
    await expect(banner.getByRole('link', { name: en('Site.name') })).toHaveAttribute('href', '/en');
    await expect(banner).toContainText(nb('Site.publisher'));
  });
  await expectAccessibleOnPhoneAndDesktop(page);
  await test.step('the browser refused nothing under the policy', () => expect(refused).toEqual([]));
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
