import { expect, type Page } from '@playwright/test';
import { words } from './messages';
import { NAV_LABELS, OTHER, PAGES, SWITCH_LABEL, type Locale, type PageName } from './site-pages';

/** How a partner finds their way on a page: its language and heading, the menu, the skip link, the language switch. */

/** A page in its language with one main heading, a title of its own and a description for search and previews. */
export async function expectPageInItsLanguage(page: Page, locale: Locale) {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('h1')).toHaveCount(1);
  expect((await page.title()).length).toBeGreaterThan(10);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description?.length ?? 0).toBeGreaterThan(40);
}

/** The main menu links to the three pages in the page's language and marks the current one. */
export async function expectMainMenu(page: Page, locale: Locale, current: PageName) {
  const nav = page.getByRole('navigation', { name: words(locale)('Site.mainNav') });
  for (const target of Object.keys(PAGES) as PageName[]) {
    const link = nav.getByRole('link', { name: NAV_LABELS[locale][target], exact: true });
    await expect(link).toHaveAttribute('href', PAGES[target][locale]);
    if (target === current) await expect(link).toHaveAttribute('aria-current', 'page');
    else await expect(link).not.toHaveAttribute('aria-current', /.*/);
  }
}

/** The first Tab on a page not yet touched by the keyboard shows the skip link; Enter moves to the main content. */
export async function expectSkipLinkFirst(page: Page, locale: Locale) {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: words(locale)('Site.skipLink') });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await skip.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
}

/** The switch, labelled in the other language, leads to the same page there. It navigates away: check it last. */
export async function expectLanguageSwitch(page: Page, locale: Locale, samePageThere: string) {
  const other = OTHER[locale];
  const switcher = page.getByRole('link', { name: SWITCH_LABEL[locale], exact: true });
  await expect(switcher).toHaveAttribute('lang', other);
  await switcher.click();
  await expect(page).toHaveURL(samePageThere);
  await expect(page.locator('html')).toHaveAttribute('lang', other);
}
