import { expect, test, type Page } from '@playwright/test';
import { LOCALES, NAV_LABELS, OTHER, PAGES, SWITCH_LABEL, type Locale, type PageName } from './site-pages';

// A phone with JavaScript off: every page reads and every link works. One walk per language
// through its pages by their menu links (each page read where it lands), then over the language
// switch, instead of a fresh phone per page: the same pages read, the same links followed.
async function expectReads(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-exemption-status]')).toBeVisible();
}

async function follow(page: Page, locale: Locale, target: PageName) {
  await page.getByRole('link', { name: NAV_LABELS[locale][target], exact: true }).click();
  await expect(page).toHaveURL(PAGES[target][locale]);
}

for (const locale of LOCALES) {
  test(`${locale}: every page reads and navigates without JavaScript`, async ({ page }) => {
    await test.step(`${PAGES.announcement[locale]} reads, and its menu leads to the FAQ`, async () => {
      await page.goto(PAGES.announcement[locale]);
      await expectReads(page);
      await follow(page, locale, 'faq');
    });
    await test.step(`${PAGES.faq[locale]} reads, and its menu leads to the FAQ itself and to the self-check`, async () => {
      await expectReads(page);
      await follow(page, locale, 'faq');
      await follow(page, locale, 'selfCheck');
    });
    await test.step(`${PAGES.selfCheck[locale]} reads, and its menu leads to the FAQ`, async () => {
      await expectReads(page);
      await follow(page, locale, 'faq');
    });
    await test.step('the language switch leads to the FAQ in the other language', async () => {
      await page.getByRole('link', { name: SWITCH_LABEL[locale], exact: true }).click();
      await expect(page).toHaveURL(PAGES.faq[OTHER[locale]]);
      await expect(page.locator('html')).toHaveAttribute('lang', OTHER[locale]);
    });
  });
}
