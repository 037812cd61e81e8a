import { expect, test } from '@playwright/test';
import { expectAccessible } from './accessible';
import { day, words } from './messages';
import { baseUrl, SERVERS } from './servers';
import { LOCALES, PAGES } from './site-pages';

// The servers built before the deadline pretend today is another day (servers.json), which a
// production server does only when SITE_ALLOW_PRETEND_TODAY=1 allows it (server/site-config.test.ts
// tests the refusal). A page it serves says so in view, at the top of the status banner, in the
// page's language; the main server runs on the real day and shows no such sign.

for (const locale of LOCALES) {
  test(`${locale}: a page served with a pretend today says so in view, and stays accessible`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    const sign = page.locator('[data-notice="banner"] [data-pretend-today]');
    await page.goto(PAGES.announcement[locale]);
    await expect(sign).toHaveCount(0);
    const pretend = SERVERS.beforeDeadline.today;
    await page.goto(baseUrl('beforeDeadline') + PAGES.announcement[locale]);
    await expect(sign).toHaveText(words(locale)('Status.pretendToday', { date: day(locale, pretend) }));
    await expect(sign).toHaveAttribute('data-pretend-today', pretend);
    await expect(sign).toBeInViewport({ ratio: 1 });
    await expectAccessible(page);
  });
}
