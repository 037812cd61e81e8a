import { expect, test } from '@playwright/test';
import { ALL_PAGES, NAV_LABELS, OTHER, PAGES, SWITCH_LABEL, type PageName } from './site-pages';

for (const { locale, page, path } of ALL_PAGES) {
  test.describe(`${path}`, () => {
    test('is a page in its language with its own title and description', async ({ page: tab }) => {
      const response = await tab.goto(path);
      expect(response?.status()).toBe(200);
      await expect(tab.locator('html')).toHaveAttribute('lang', locale);
      await expect(tab.locator('h1')).toHaveCount(1);
      const title = await tab.title();
      expect(title.length).toBeGreaterThan(10);
      const description = await tab.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0).toBeGreaterThan(40);
    });

    test('links to the other two pages and marks itself as current', async ({ page: tab }) => {
      await tab.goto(path);
      const nav = tab.getByRole('navigation', { name: locale === 'nb' ? 'Hovedmeny' : 'Main menu' });
      for (const target of Object.keys(PAGES) as PageName[]) {
        const link = nav.getByRole('link', { name: NAV_LABELS[locale][target], exact: true });
        await expect(link).toHaveAttribute('href', PAGES[target][locale]);
        if (target === page) await expect(link).toHaveAttribute('aria-current', 'page');
        else await expect(link).not.toHaveAttribute('aria-current', /.*/);
      }
    });

    test('switches to the same page in the other language', async ({ page: tab }) => {
      await tab.goto(path);
      const other = OTHER[locale];
      const switcher = tab.getByRole('link', { name: SWITCH_LABEL[locale], exact: true });
      await expect(switcher).toHaveAttribute('lang', other);
      await switcher.click();
      await expect(tab).toHaveURL(PAGES[page][other]);
      await expect(tab.locator('html')).toHaveAttribute('lang', other);
    });

    test('offers a skip link to the main content as the first stop', async ({ page: tab }) => {
      await tab.goto(path);
      await tab.keyboard.press('Tab');
      const skip = tab.getByRole('link', { name: locale === 'nb' ? 'Gå til hovedinnholdet' : 'Skip to main content' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await skip.press('Enter');
      await expect(tab.locator('main#main')).toBeFocused();
    });
  });
}

test('every page has a distinct title', async ({ page }) => {
  const titles = new Set<string>();
  for (const { path } of ALL_PAGES) {
    await page.goto(path);
    titles.add(await page.title());
  }
  expect(titles.size).toBe(ALL_PAGES.length);
});
