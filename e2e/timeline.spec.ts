import { test } from '@playwright/test';
import { expectAccessible, PHONE_320 } from './accessible';
import { PAGES } from './site-pages';

// The verdict with its timeline and both marks on the narrowest phone: axe needs a script, so this
// half of the timeline's checks runs with one (timeline.nojs.spec.ts reads it without).
test.use({ viewport: PHONE_320 });

test('a verdict’s timeline with both marks has no WCAG 2.2 AA violation and fits 320 px', async ({ page }) => {
  await page.goto(`${PAGES.selfCheck.nb}?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01#verdict`);
  await page.locator('[data-verdict] [data-timeline] [data-mark="today"]').waitFor();
  await expectAccessible(page);
});
