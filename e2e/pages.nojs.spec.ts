import { expect, test } from '@playwright/test';
import { ALL_PAGES, NAV_LABELS, PAGES, SWITCH_LABEL } from './site-pages';

// A phone with JavaScript off: every page reads and every link works.
for (const { locale, path } of ALL_PAGES) {
  test(`${path} reads and navigates without JavaScript`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-exemption-status]')).toBeVisible();
    await page.getByRole('link', { name: NAV_LABELS[locale].faq, exact: true }).click();
    await expect(page).toHaveURL(PAGES.faq[locale]);
    await page.getByRole('link', { name: SWITCH_LABEL[locale], exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'nb' ? 'en' : 'nb');
  });
}
