import { expect, test } from '@playwright/test';
import { day, words } from './messages';
import { PAGES } from './site-pages';

const VERDICT = `${PAGES.selfCheck.nb}?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01`;

test('a verdict prints with its answers, its date and its link, and without navigation or buttons', async ({ page }) => {
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await page.goto(VERDICT);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-verdict]')).toBeVisible();
  // A verdict for a past day names it in its heading.
  await expect(
    page.getByRole('heading', { name: words('nb')('SelfCheck.verdict.pastHeading.exempt', { date: day('nb', '2020-10-01') }) }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Svarene deres' })).toBeVisible();
  await expect(page.getByText('31. august 2018', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(`Lenke til dette resultatet: http://localhost:3000${VERDICT}#verdict`)).toBeVisible();
  for (const hidden of [
    page.getByRole('navigation').first(),
    page.locator('form'),
    page.getByRole('button').first(),
    page.getByRole('link', { name: 'Endre' }).first(),
  ]) {
    await expect(hidden).toBeHidden();
  }
  const colours = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => getComputedStyle(el).color),
  );
  expect(new Set(colours)).toEqual(new Set(['rgb(0, 0, 0)']));
  // Black on white, and nothing wider than the sheet: what a picture of the page would show.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(794);
});

test('the announcement and the FAQ print as text alone, black on white, with link targets written out', async ({ page }) => {
  for (const path of [PAGES.announcement.en, PAGES.faq.nb]) {
    await test.step(path, async () => {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('navigation').first()).toBeHidden();
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
      // Each page's link to Team Commaxx prints its address after it.
      const mail = page.locator('main a[href^="mailto:"]').first();
      await expect(mail).toBeAttached();
      const after = await mail.evaluate((el) => getComputedStyle(el, '::after').content);
      expect(after).toContain('mailto:team-commaxx@example.invalid');
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    });
  }
});
