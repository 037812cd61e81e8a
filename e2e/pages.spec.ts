import { expect, test } from '@playwright/test';
import { PHONE_320, expectAccessibleOnPhoneAndDesktop } from './accessible';
import { expectLanguageSwitch, expectMainMenu, expectPageInItsLanguage, expectSkipLinkFirst } from './navigation-checks';
import { openUnderPolicy } from './policy-checks';
import { ALL_PAGES, OTHER, PAGES, isReadingPage } from './site-pages';

// Each of the six pages loaded once, with JavaScript, and everything a partner relies on there
// checked on that one load: what the server sends, how to find one's way, accessibility at both
// widths; the language switch last, as it leaves the page. (Without JavaScript: pages.nojs.spec.ts.)
test.use({ viewport: PHONE_320 });

for (const { locale, page: name, path } of ALL_PAGES) {
  test(`${path}: a page in its language with its menu, skip link and language switch, a strict policy and no WCAG 2.2 A/AA violation at 320 and 1280 px`, async ({
    page,
  }) => {
    const refused = await openUnderPolicy(page, path, { isStatic: isReadingPage(path) });
    await test.step('it is in its language, with one main heading, a title and a description', () =>
      expectPageInItsLanguage(page, locale));
    await test.step('the main menu links to the three pages and marks this one as current', () =>
      expectMainMenu(page, locale, name));
    await expectAccessibleOnPhoneAndDesktop(page);
    await test.step('the first Tab offers a skip link to the main content, which Enter follows', () =>
      expectSkipLinkFirst(page, locale));
    await test.step('the language switch leads to the same page in the other language', () =>
      expectLanguageSwitch(page, locale, PAGES[name][OTHER[locale]]));
    await test.step('the browser refused nothing under the policy, on this page or the one switched to', () =>
      expect(refused).toEqual([]));
  });
}

test('every page has a title of its own', async ({ request }) => {
  const titles = new Set<string>();
  for (const { path } of ALL_PAGES) {
    const html = await (await request.get(path)).text();
    titles.add(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
  }
  expect(titles.size).toBe(ALL_PAGES.length);
});
