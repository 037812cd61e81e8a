import { expect, test, type Page } from '@playwright/test';
import { ERROR_COPY } from '../app/error-copy';
import { expectAccessible } from './accessible';
import { CHANGE_ROWS, changeLinkName, COPY, fillForm, selfCheckPath, submit } from './self-check-helpers';
import { day, words } from './messages';

// The self-check with JavaScript on, in browsers that refuse or lack what it would like to use
// (site storage, the clipboard, print), and the ways back into the answers: Change and Back.

const COVERED = 'qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31';

/** Fails the test on any uncaught error in the page: a crash is what these tests are about. */
function failOnPageErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return () => expect(errors).toEqual([]);
}

test.describe('a browser that refuses site storage (Chrome: "don\'t allow sites to save data")', () => {
  test.beforeEach(async ({ page }) => {
    // What Chrome does then: merely reading either property throws.
    await page.addInitScript(() => {
      for (const name of ['sessionStorage', 'localStorage']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException(
              `Failed to read the '${name}' property from 'Window': Access is denied for this document.`,
              'SecurityError',
            );
          },
        });
      }
    });
  });

  test('opens a result link at its verdict', async ({ page }) => {
    const noErrors = failOnPageErrors(page);
    await page.goto(`${selfCheckPath('nb')}?${COVERED}&asOf=2020-10-01`);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');
    const nb = words('nb');
    const heading = nb('SelfCheck.verdict.pastHeading.exempt', { date: day('nb', '2020-10-01') });
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    // Hydrated, and still the verdict: the copy button only appears once JavaScript runs.
    await expect(page.getByRole('button', { name: nb('SelfCheck.actions.copy') })).toBeVisible();
    noErrors();
  });

  test('leads from the form to the verdict', async ({ page }) => {
    const noErrors = failOnPageErrors(page);
    await page.goto(selfCheckPath('en'));
    await fillForm(page, 'en', {
      qmth: 'yes',
      csp: 'indirect',
      k80: 'yes',
      k80Date: ['31', '8', '2018'],
      asOf: ['1', '10', '2020'],
    });
    await submit(page, 'en');
    await expect(page).toHaveURL(`${selfCheckPath('en')}?${COVERED}&asOf=2020-10-01#verdict`);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');
    noErrors();
  });
});

test('where the clipboard refuses, "Copy the link" selects the link and says how to copy it, in the page language', async ({
  page,
}) => {
  const noErrors = failOnPageErrors(page);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      get: () => ({ writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }),
    });
  });
  await page.goto(`${selfCheckPath('nb')}?${COVERED}`);
  const nb = words('nb');
  await page.getByRole('button', { name: nb('SelfCheck.actions.copy') }).click();
  await expect(page.getByRole('status').filter({ hasText: nb('SelfCheck.actions.copyFailed') })).toBeVisible();
  const field = page.getByLabel(nb('SelfCheck.actions.linkLabel'));
  await expect(field).toBeFocused();
  const selected = await field.evaluate((input: HTMLInputElement) =>
    input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
  );
  expect(selected).toBe(`http://localhost:3000${selfCheckPath('nb')}?${COVERED}`);
  await expect(page.getByText(nb('SelfCheck.actions.copied'))).toHaveCount(0);
  await expectAccessible(page);
  noErrors();
});

test('where the clipboard works, "Copy the link" copies it and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${selfCheckPath('en')}?${COVERED}`);
  const en = words('en');
  await page.getByRole('button', { name: en('SelfCheck.actions.copy') }).click();
  await expect(page.getByRole('status').filter({ hasText: en('SelfCheck.actions.copied') })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `http://localhost:3000${selfCheckPath('en')}?${COVERED}`,
  );
});

for (const [name, script] of [
  ['is missing', () => Object.defineProperty(window, 'print', { value: undefined })],
  [
    'throws',
    () =>
      Object.defineProperty(window, 'print', {
        value: () => {
          throw new Error('print blocked');
        },
      }),
  ],
] as const) {
  test(`where print ${name}, the Print button says what to do instead`, async ({ page }) => {
    const noErrors = failOnPageErrors(page);
    await page.addInitScript(script);
    await page.goto(`${selfCheckPath('en')}?${COVERED}`);
    const en = words('en');
    await page.getByRole('button', { name: en('SelfCheck.actions.print') }).click();
    await expect(page.getByRole('status').filter({ hasText: en('SelfCheck.actions.printFailed') })).toBeVisible();
    noErrors();
  });
}

test.describe('Change beside each answer leads to its question, open and focused', () => {
  for (const row of CHANGE_ROWS) {
    test(`${row.focus}, with JavaScript`, async ({ page }) => {
      // Assessed for today: the assessment date's fields start in a closed <details>.
      await page.goto(`${selfCheckPath('en')}?${COVERED}`);
      await expect(page.locator('details')).not.toHaveAttribute('open');
      const url = page.url();
      await page.getByRole('link', { name: changeLinkName('en', row.key) }).click();
      await expect(page.locator(`[id="${row.focus}"]`)).toBeFocused();
      await expect(page.locator(`[id="${row.focus}"]`)).toBeInViewport();
      await expect(page.getByRole('group', { name: row.group })).toBeVisible();
      // No page load and no history entry: Back still leaves the result.
      expect(page.url()).toBe(url);
    });
  }

  test('each Change link names its question for screen readers, acronyms as written', async ({ page }) => {
    const en = words('en');
    await page.goto(`${selfCheckPath('en')}?${COVERED}`);
    for (const key of ['csp', 'qmth'] as const) {
      const name = `${en('SelfCheck.answers.change')} ${en('SelfCheck.answers.changeHidden', { question: en(`SelfCheck.answers.${key}`) })}`;
      expect(name, 'these labels start with their acronym').toMatch(/about (CSP|QMTH)/);
      await expect(page.getByRole('link', { name, exact: true })).toHaveCount(1);
    }
  });

  test('the assessment date, then a new verdict for that date (Norwegian)', async ({ page }) => {
    await page.goto(`${selfCheckPath('nb')}?${COVERED}`);
    await page.getByRole('link', { name: changeLinkName('nb', 'asOf') }).click();
    await expect(page.locator('details')).toHaveAttribute('open');
    await expect(page.locator('#asOf-day')).toBeFocused();
    await page.keyboard.type('1');
    await page.locator('#asOf-month').fill('10');
    await page.locator('#asOf-year').fill('2020');
    await submit(page, 'nb');
    await expect(page).toHaveURL(`${selfCheckPath('nb')}?${COVERED}&asOf=2020-10-01#verdict`);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');
  });
});

test('Back from a verdict shows the answers as they were', async ({ page }) => {
  const c = COPY.nb;
  await page.goto(selfCheckPath('nb'));
  await fillForm(page, 'nb', {
    qmth: 'yes',
    csp: 'indirect',
    k80: 'yes',
    k80Date: ['31', '8', '2018'],
    asOf: ['1', '10', '2020'],
  });
  await submit(page, 'nb');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');
  await page.goBack();
  await expect(page).toHaveURL(selfCheckPath('nb'));
  await expect(page.locator('[data-verdict]')).toHaveCount(0);
  await expect(page.getByRole('group', { name: c.qmth }).getByLabel(c.yes, { exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: c.csp }).getByLabel(c.indirect, { exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: c.k80 }).getByLabel(c.yes, { exact: true })).toBeChecked();
  const date = (legend: string) =>
    page
      .getByRole('group', { name: legend })
      .getByRole('textbox')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  expect(await date(c.k80Date)).toEqual(['31', '8', '2018']);
  await expect(page.locator('details')).toHaveAttribute('open');
  expect(await date(c.asOf)).toEqual(['1', '10', '2020']);
  // Changed and sent again from there, it gives the new verdict.
  await page.getByRole('group', { name: c.k80 }).getByLabel(c.no, { exact: true }).check();
  await submit(page, 'nb');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'not-covered');
});

test('dates typed the Norwegian way are read: "31." and "08.", or a whole date pasted into Day', async ({ page }) => {
  await page.goto(selfCheckPath('nb'));
  await fillForm(page, 'nb', {
    qmth: 'yes',
    csp: 'indirect',
    k80: 'yes',
    k80Date: ['31.', '08.', '2018'],
    asOf: ['1.10.2020', '', ''],
  });
  await submit(page, 'nb');
  await expect(page).toHaveURL(`${selfCheckPath('nb')}?${COVERED}&asOf=2020-10-01#verdict`);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');

  await page.goto(selfCheckPath('en'));
  await fillForm(page, 'en', { qmth: 'yes', csp: 'indirect', k80: 'yes' });
  // As pasted from an email or a contract: the whole date lands in Day.
  await page.getByRole('group', { name: COPY.en.k80Date }).getByLabel(COPY.en.day, { exact: true }).fill('31.08.2018');
  await submit(page, 'en');
  await expect(page).toHaveURL(`${selfCheckPath('en')}?${COVERED}#verdict`);
});

test('whatever else throws shows an error page in the page language, with a way home', async ({ page }) => {
  await page.goto(selfCheckPath('nb'));
  // A fault no test can otherwise cause: focusing fails, so the effect that focuses the error
  // summary throws inside the page.
  await page.evaluate(() => {
    HTMLElement.prototype.focus = () => {
      throw new Error('focus refused');
    };
  });
  await submit(page, 'nb');
  const copy = ERROR_COPY.nb;
  await expect(page.getByRole('heading', { level: 1, name: copy.title })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('link', { name: copy.home })).toHaveAttribute('href', '/nb');
  await expect(page.getByRole('button', { name: copy.retry })).toBeVisible();
  await expect(page.getByText("This page couldn't load")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: copy.retry }).click();
  // The main test server's today is after the deadline: the page's title in its ended form.
  await expect(page.getByRole('heading', { level: 1, name: words('nb')('Pages./self-check.ended.title') })).toBeVisible();
});
