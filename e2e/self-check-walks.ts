import { expect, test } from '@playwright/test';
import { COPY, expectErrors, fillForm, selfCheckPath, submit } from './self-check-helpers';
import { FORM_ERRORS, VERDICT_WALKS } from './self-check-scenarios';
import { words } from './messages';
import { LOCALES } from './site-pages';

/**
 * The walks through the form that must work the same with JavaScript on and off; `withScript`
 * adds what only JavaScript does (moving the focus).
 */
export function defineFormWalks({ withScript }: { withScript: boolean }) {
  for (const walk of VERDICT_WALKS) {
    const locale = walk.locale;
    test(`${locale}: the form leads to "${walk.verdict}" (${walk.family}) and its link`, async ({ page }) => {
      await page.goto(selfCheckPath(locale));
      await fillForm(page, locale, walk.answers);
      await submit(page, locale);
      await expect(page).toHaveURL(`${selfCheckPath(locale)}?${walk.query}#verdict`);
      const verdict = page.locator('[data-verdict]');
      await expect(verdict).toHaveAttribute('data-verdict', walk.verdict);
      const heading = walk.heading(words(locale), locale);
      await expect(verdict.getByRole('heading', { level: 2 })).toHaveText(heading);
      // The tab names the outcome, and it is no error.
      await expect(page).toHaveTitle(new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – `));
      await expect(verdict).toBeInViewport();
      if (withScript) await expect(verdict.getByRole('heading', { level: 2 })).toBeFocused();
      // A refresh shows the same verdict and posts nothing again.
      const reload = await page.reload();
      expect(reload?.request().method()).toBe('GET');
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', walk.verdict);
    });
  }

  for (const locale of LOCALES) {
    for (const [index, bad] of FORM_ERRORS.entries()) {
      // Each case in one language per mode, the other language in the other mode: over both
      // modes every case is seen in both languages, at half the browser runs.
      if ((index + Number(withScript) + LOCALES.indexOf(locale)) % 2 === 1) continue;
      test(`${locale}: ${bad.name} is explained next to the field and at the top`, async ({ page }) => {
        await page.goto(selfCheckPath(locale));
        await fillForm(page, locale, bad.answers);
        await submit(page, locale);
        await expectErrors(page, locale, bad.messages[locale]);
        if (withScript) await expect(page.getByRole('alert', { name: COPY[locale].summary })).toBeFocused();
        if (bad.kept) {
          const date = page.getByRole('group', { name: COPY[locale].k80Date });
          const values = await date
            .getByRole('textbox')
            .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
          expect(values).toEqual(bad.kept);
        }
        if (bad.answers.qmth) {
          await expect(
            page.getByRole('group', { name: COPY[locale].qmth }).getByLabel(COPY[locale][bad.answers.qmth], { exact: true }),
          ).toBeChecked();
        }
        // The summary's links lead to the fields.
        await page.getByRole('alert', { name: COPY[locale].summary }).getByRole('link').first().click();
        if (withScript) await expect(page.locator(':focus')).toHaveAttribute('name', /.+/);
        if (!withScript) {
          const target = new URL(page.url()).hash.slice(1);
          expect(target.length).toBeGreaterThan(0);
          await expect(page.locator(`[id="${target}"]`)).toBeVisible();
        }
      });
    }

    test(`${locale}: a result link can be opened, changed and sent again`, async ({ page }) => {
      const c = COPY[locale];
      await page.goto(
        `${selfCheckPath(locale)}?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01&utm_source=email`,
      );
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');
      // The form is filled in with the link's answers.
      await expect(page.getByRole('group', { name: c.k80 }).getByLabel(c.yes, { exact: true })).toBeChecked();
      await expect(page.getByRole('group', { name: c.k80Date }).getByLabel(c.day, { exact: true })).toHaveValue('31');
      // "Change" for the K80 answer leads to that question; the partner changes it.
      await page
        .getByRole('link', { name: new RegExp(`^${c.change} .*K80`, 'i') })
        .first()
        .click();
      await page.getByRole('group', { name: c.k80 }).getByLabel(c.no, { exact: true }).check();
      await submit(page, locale);
      await expect(page).toHaveURL(`${selfCheckPath(locale)}?qmth=yes&csp=indirect&k80=no&asOf=2020-10-01#verdict`);
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'not-covered');
      // Back returns to the verdict before the change.
      await page.goBack();
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');
    });
  }
}
