import { expect, test } from '@playwright/test';
import { CHANGE_ROWS, changeLinkName, COPY, fillForm, selfCheckPath, submit } from './self-check-helpers';
import { day, words } from './messages';

// Change and Back on a phone with JavaScript off: the server and the browser alone bring the
// partner back to an answer.

const COVERED = 'qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31';

test.describe('Change beside each answer leads to its question, open and focused, without JavaScript', () => {
  for (const row of CHANGE_ROWS) {
    test(row.key, async ({ page }) => {
      // Assessed for today: the assessment date's fields start in a closed <details>.
      await page.goto(`${selfCheckPath('en')}?${COVERED}`);
      await expect(page.locator('details')).not.toHaveAttribute('open');
      await page.getByRole('link', { name: changeLinkName('en', row.key) }).click();
      await expect(page).toHaveURL(`${selfCheckPath('en')}?${COVERED}&change=${row.key}#${row.focus}`);
      await expect(page.locator(`[id="${row.focus}"]`)).toBeFocused();
      await expect(page.locator(`[id="${row.focus}"]`)).toBeInViewport();
      await expect(page.getByRole('group', { name: row.group })).toBeVisible();
      // The same verdict, and the answers as they were.
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exemption-ended');
      await expect(page.getByRole('group', { name: COPY.en.k80Date }).getByLabel(COPY.en.day, { exact: true })).toHaveValue('31');
    });
  }

  test('the assessment date, then a new verdict for that date (Norwegian)', async ({ page }) => {
    await page.goto(`${selfCheckPath('nb')}?${COVERED}`);
    await page.getByRole('link', { name: changeLinkName('nb', 'asOf') }).click();
    await expect(page.locator('details')).toHaveAttribute('open');
    await expect(page.locator('#asOf-day')).toBeFocused();
    await page.locator('#asOf-day').fill('1');
    await page.locator('#asOf-month').fill('10');
    await page.locator('#asOf-year').fill('2020');
    await submit(page, 'nb');
    await expect(page).toHaveURL(`${selfCheckPath('nb')}?${COVERED}&asOf=2020-10-01#verdict`);
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');
  });
});

test('Back from a verdict shows the answers as they were, dates included, without JavaScript', async ({ page }) => {
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
  await expect(page.getByRole('group', { name: c.qmth }).getByLabel(c.yes, { exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: c.csp }).getByLabel(c.indirect, { exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: c.k80 }).getByLabel(c.yes, { exact: true })).toBeChecked();
  const date = (legend: string) =>
    page
      .getByRole('group', { name: legend })
      .getByRole('textbox')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  await expect.poll(() => date(c.k80Date)).toEqual(['31', '8', '2018']);
  // The assessment date sits in a <details> the browser shows closed again; its fields are filled.
  const asOf = await Promise.all(['#asOf-day', '#asOf-month', '#asOf-year'].map((id) => page.locator(id).inputValue()));
  expect(asOf).toEqual(['1', '10', '2020']);
});

test('dates typed the Norwegian way are read without JavaScript', async ({ page }) => {
  await page.goto(selfCheckPath('nb'));
  await fillForm(page, 'nb', {
    qmth: 'yes',
    csp: 'indirect',
    k80: 'yes',
    k80Date: ['31.08.2018', '', ''],
    asOf: ['1.', '10.', '2020'],
  });
  await submit(page, 'nb');
  await expect(page).toHaveURL(`${selfCheckPath('nb')}?${COVERED}&asOf=2020-10-01#verdict`);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');
});
