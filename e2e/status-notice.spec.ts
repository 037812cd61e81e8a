import { expect, test } from '@playwright/test';
import { baseUrl } from './servers';
import { ALL_PAGES } from './site-pages';

const ENDED = { nb: 'Fritaket gjaldt til og med 31. desember 2020 og er nå utløpt.', en: 'The exemption applied up to and including 31 December 2020 and has now ended.' };
const TWO_DAYS_LEFT = { nb: 'Fritaket gjelder: 2 dager igjen, til og med 31. desember 2020.', en: 'The exemption is in force: 2 days left, up to and including 31 December 2020.' };

test.describe('after the deadline', () => {
  for (const { locale, path } of ALL_PAGES) {
    test(`${path} says the exemption has ended`, async ({ page }) => {
      await page.goto(path);
      const notice = page.locator('[data-exemption-status]');
      await expect(notice).toHaveAttribute('data-exemption-status', 'ended');
      await expect(notice).toHaveText(ENDED[locale]);
    });
  }
});

test.describe('before the deadline (SITE_TODAY 2020-12-30)', () => {
  for (const { locale, path } of ALL_PAGES) {
    test(`${path} says the exemption is in force with the days left`, async ({ page }) => {
      await page.goto(baseUrl('beforeDeadline') + path);
      const notice = page.locator('[data-exemption-status]');
      await expect(notice).toHaveAttribute('data-exemption-status', 'in-force');
      await expect(notice).toHaveText(TWO_DAYS_LEFT[locale]);
    });
  }
});

test.describe('built before the deadline, served after it (SITE_TODAY 2021-01-01)', () => {
  for (const { locale, path } of ALL_PAGES) {
    test(`${path} no longer says "in force"`, async ({ page }) => {
      await page.goto(baseUrl('builtBeforeServedAfter') + path);
      await expect(page.locator('[data-exemption-status]')).toHaveText(ENDED[locale]);
    });
  }
});

test('the notice counts a single day on the last day', async ({ request }) => {
  // The pre-deadline build renders per request, so its notice follows SITE_TODAY of its server;
  // the unit tests cover the count itself. Here: the plural form on the page.
  const body = await (await request.get(baseUrl('beforeDeadline') + '/en')).text();
  expect(body).toContain('2 days left');
});
