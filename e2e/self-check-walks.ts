import { expect, test, type Page } from '@playwright/test';
import {
  CHANGE_ROWS,
  COVERED,
  changeLinkName,
  COPY,
  expectErrors,
  fillForm,
  selfCheckPath,
  submit,
  untilHydrated,
} from './self-check-helpers';
import { FORM_ERRORS, VERDICT_WALKS } from './self-check-scenarios';
import { day, words } from './messages';
import { LOCALES, OTHER, SWITCH_LABEL, type Locale } from './site-pages';

/**
 * The walks through the form that must work the same with JavaScript on and off; `withScript`
 * adds what only JavaScript does (moving the focus).
 */
export function defineFormWalks({ withScript }: { withScript: boolean }) {
  // Each outcome in the mode(s) and language(s) VERDICT_WALKS gives it (see there why once is enough).
  for (const walk of VERDICT_WALKS) {
    const run = walk.runs.find((r) => r.withScript === withScript);
    if (!run) continue;
    const locale = run.locale;
    test(`${locale}: the form leads to "${walk.verdict}" (${walk.family}) and its link`, async ({ page }) => {
      await page.goto(selfCheckPath(locale));
      // After the deadline (the main server's day) the day to check is the first question.
      await expect(page.locator('form legend').first()).toHaveText(COPY[locale].asOf);
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
    // Each case in one language per mode, the other language in the other mode: over both modes
    // every case is seen in both languages, at half the browser runs.
    const cases = FORM_ERRORS.filter((_, index) => (index + Number(withScript) + LOCALES.indexOf(locale)) % 2 === 0);
    // Sent one after another from the page the one before came back to, as a partner correcting
    // the answers would: each case answers every question it needs (FORM_ERRORS is ordered so
    // that a case leaving a question unanswered comes first); its messages must replace the last
    // ones and, with JavaScript, the summary must take the focus each time.
    test(`${locale}: each bad answer is explained next to its field and at the top, each time the form is sent`, async ({
      page,
    }) => {
      await page.goto(selfCheckPath(locale));
      for (const bad of cases) {
        await test.step(bad.name, async () => {
          await fillForm(page, locale, bad.answers);
          await submit(page, locale);
          await expectErrors(page, locale, bad.messages[locale]);
          // The summary takes the focus, so the page opens at it: with JavaScript by the form's
          // script, without by the browser (autofocus), where nothing in view would change otherwise.
          // A browser skips autofocus when the address has a fragment (a summary link followed
          // before this send, which the form posts back to): the page then opens at that field.
          if (withScript || new URL(page.url()).hash === '') {
            await expect(page.getByRole('alert', { name: COPY[locale].summary })).toBeFocused();
            await expect(page.getByRole('alert', { name: COPY[locale].summary })).toBeInViewport();
          }
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
    });
  }

  // Opened from an email, changed and sent again: once per mode, English with JavaScript and
  // Norwegian without (the Change link and the form are the server's markup in either language;
  // what the mode changes is how Change and the form work, which the steps below follow).
  const locale: Locale = withScript ? 'en' : 'nb';
  test(`${locale}: a result link can be opened, changed and sent again`, async ({ page }) => {
    const c = COPY[locale];
    await page.goto(`${selfCheckPath(locale)}?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01&utm_source=email`);
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

/** The values a date's three fields hold, read by id: a closed <details> hides them from roles. */
const dateValues = (page: Page, field: 'k80Date' | 'asOf') =>
  Promise.all(['day', 'month', 'year'].map((part) => page.locator(`#${field}-${part}`).inputValue()));

/**
 * The ways back into the answers, with JavaScript on and off (every-browser*.spec.ts): Change
 * beside each answer, and Back from a verdict. Without JavaScript a Change link asks the server
 * for the page with that question open and focused (?change=…#field); with it, the link moves the
 * focus on the same page and adds no history entry. One result page per mode: each Change link is
 * followed from it in turn (without JavaScript, each from the page the one before opened, which
 * still shows the verdict and every answer), the last, the assessment date's, to a new verdict.
 * The links' names are the server's words: English with JavaScript, Norwegian without.
 */
export function defineBackAndChange({ withScript }: { withScript: boolean }) {
  const mode = withScript ? 'with JavaScript' : 'without JavaScript';

  test(`Change beside each answer leads to its question, open and focused; a new assessment date there gives a new verdict (${mode})`, async ({
    page,
  }) => {
    const locale: Locale = withScript ? 'en' : 'nb';
    const c = COPY[locale];
    const resultPath = `${selfCheckPath(locale)}?${COVERED}`;
    await page.goto(resultPath);
    const url = page.url();
    // The links' JavaScript must be there before the first click, or it asks the server instead.
    if (withScript) await untilHydrated(page.getByRole('link', { name: changeLinkName(locale, CHANGE_ROWS[0].key) }));

    if (withScript) {
      await test.step('each Change link names its answer for screen readers, one link per answer', async () => {
        for (const row of CHANGE_ROWS) {
          await expect(page.getByRole('link', { name: changeLinkName(locale, row.key), exact: true })).toHaveCount(1);
        }
      });
    }

    for (const row of CHANGE_ROWS) {
      await test.step(`Change: ${c[row.key]}`, async () => {
        await page.getByRole('link', { name: changeLinkName(locale, row.key), exact: true }).click();
        // The whole question is in view, legend first. With JavaScript the chosen answer takes the
        // focus (a first arrow key does not move off it); without, the browser opens the page at
        // the question (a fragment), where Tab goes on from.
        const field = page.locator(`[id="${row.focus}"]`);
        if (withScript) await expect(field).toBeFocused();
        await expect(field).toBeInViewport();
        await expect(page.locator(`#${row.key}-question legend`)).toBeInViewport();
        await expect(page.getByRole('group', { name: c[row.key] })).toBeVisible();
        // With JavaScript no page load and no history entry (Back still leaves the result);
        // without, the server's page for that question, opened at the question.
        if (withScript) expect(page.url()).toBe(url);
        else await expect(page).toHaveURL(`${resultPath}&change=${row.key}#${row.key}-question`);
        // The same verdict, and the answers as they were.
        await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exemption-ended');
        await expect(page.getByRole('group', { name: c.k80Date }).getByLabel(c.day, { exact: true })).toHaveValue('31');
      });
    }

    await test.step('an assessment date typed there gives the verdict for that date', async () => {
      await page.locator('#asOf-day').fill('1');
      await page.locator('#asOf-month').fill('10');
      await page.locator('#asOf-year').fill('2020');
      await submit(page, locale);
      await expect(page).toHaveURL(`${resultPath}&asOf=2020-10-01#verdict`);
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');
    });

    await test.step('changed again, the questions ask about the day in the field, never the old one, and the verdict names the new day', async () => {
      // The form's situation questions ask about "that day": whatever day the field holds when it
      // is sent, which is what they are applied to. They never name the result's day (NEW-M1).
      const oldDay = day(locale, '2020-10-01');
      const legends = page.locator('form legend');
      await expect(page.getByRole('group', { name: c.qmth })).toBeVisible();
      await expect(page.getByRole('group', { name: c.csp })).toBeVisible();
      await page.locator('#asOf-day').fill('15');
      await page.locator('#asOf-month').fill('3');
      await page.locator('#asOf-year').fill('2019');
      expect((await legends.allTextContents()).join(' ')).not.toContain(oldDay);
      await submit(page, locale);
      await expect(page).toHaveURL(`${resultPath}&asOf=2019-03-15#verdict`);
      await expect(page.locator('[data-verdict]').getByRole('heading', { level: 2 })).toContainText(day(locale, '2019-03-15'));
      expect((await legends.allTextContents()).join(' ')).not.toMatch(new RegExp(`${oldDay}|${day(locale, '2019-03-15')}`));
    });

    await test.step('the language switch keeps the result and opens it at its verdict (m11)', async () => {
      const other = OTHER[locale];
      await page.getByRole('link', { name: SWITCH_LABEL[locale], exact: true }).click();
      await expect(page).toHaveURL(`${selfCheckPath(other)}?${COVERED}&asOf=2019-03-15#verdict`);
      await expect(page.locator('[data-verdict]')).toBeInViewport();
    });
  });

  // Dates as typed in Norway: "31." and "08.", or a whole date in Day as pasted from an email;
  // each mode reads both forms, in one field each.
  const typed: { k80Date: [string, string, string]; asOf: [string, string, string] } = withScript
    ? { k80Date: ['31.', '08.', '2018'], asOf: ['1.10.2020', '', ''] }
    : { k80Date: ['31.08.2018', '', ''], asOf: ['1.', '10.', '2020'] };

  test(`dates typed the Norwegian way are read, and Back from the verdict shows the answers as typed (${mode})`, async ({
    page,
  }) => {
    const c = COPY.nb;
    await page.goto(selfCheckPath('nb'));
    await fillForm(page, 'nb', { qmth: 'yes', csp: 'indirect', k80: 'yes', ...typed });
    await submit(page, 'nb');
    await expect(page).toHaveURL(`${selfCheckPath('nb')}?${COVERED}&asOf=2020-10-01#verdict`);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');

    await test.step('Back shows the answers as they were typed', async () => {
      await page.goBack();
      await expect(page).toHaveURL(selfCheckPath('nb'));
      await expect(page.locator('[data-verdict]')).toHaveCount(0);
      await expect(page.getByRole('group', { name: c.qmth }).getByLabel(c.yes, { exact: true })).toBeChecked();
      await expect(page.getByRole('group', { name: c.csp }).getByLabel(c.indirect, { exact: true })).toBeChecked();
      await expect(page.getByRole('group', { name: c.k80 }).getByLabel(c.yes, { exact: true })).toBeChecked();
      await expect.poll(() => dateValues(page, 'k80Date')).toEqual(typed.k80Date);
      expect(await dateValues(page, 'asOf')).toEqual(typed.asOf);
    });

    if (withScript) {
      await test.step('changed and sent again from there, it gives the new verdict', async () => {
        await page.getByRole('group', { name: c.k80 }).getByLabel(c.no, { exact: true }).check();
        await submit(page, 'nb');
        await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'not-covered');
      });
    }
  });
}
