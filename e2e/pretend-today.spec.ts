import { expect, test } from '@playwright/test';
import { expectAccessible } from './accessible';
import { day, words } from './messages';
import { SERVERS } from './servers';
import { PAGES } from './site-pages';

// Every test server pretends today is another day (servers.json), which a production server does
// only when SITE_ALLOW_PRETEND_TODAY=1 allows it (server/site-config.test.ts tests the refusal).
// A page it serves says so in view, at the top of the status banner, in the page's language.

for (const locale of ['nb', 'en'] as const) {
  test(`${locale}: a page served with a pretend today says so in view, and stays accessible`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(PAGES.announcement[locale]);
    const sign = page.locator('[data-notice="banner"] [data-pretend-today]');
    await expect(sign).toHaveText(words(locale)('Status.pretendToday', { date: day(locale, SERVERS.main.today) }));
    await expect(sign).toHaveAttribute('data-pretend-today', SERVERS.main.today);
    await expect(sign).toBeInViewport({ ratio: 1 });
    await expectAccessible(page);
  });
}
