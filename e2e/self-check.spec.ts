import { expect, test } from '@playwright/test';
import { expectAccessible } from './accessible';
import { day, words } from './messages';
import { COPY, fillForm, selfCheckPath, submit } from './self-check-helpers';
import { defineFormWalks } from './self-check-walks';

test.describe('with JavaScript', () => defineFormWalks({ withScript: true }));

test('questions that do not apply stay hidden until they do', async ({ page }) => {
  const c = COPY.en;
  await page.goto(selfCheckPath('en'));
  await expect(page.getByRole('group', { name: c.csp })).toBeHidden();
  await expect(page.getByRole('group', { name: c.k80Date })).toBeHidden();
  await fillForm(page, 'en', { qmth: 'yes' });
  await expect(page.getByRole('group', { name: c.csp })).toBeVisible();
  await expect(page.getByRole('group', { name: c.k80Date })).toBeHidden();
  await fillForm(page, 'en', { k80: 'yes' });
  await expect(page.getByRole('group', { name: c.k80Date })).toBeVisible();
  await fillForm(page, 'en', { qmth: 'no' });
  await expect(page.getByRole('group', { name: c.k80 })).toBeHidden();
});

test('answers to hidden questions are ignored', async ({ page }) => {
  await page.goto(selfCheckPath('nb'));
  await fillForm(page, 'nb', { qmth: 'yes', k80: 'yes', k80Date: ['99', 'x', ''] });
  await fillForm(page, 'nb', { qmth: 'no' });
  await submit(page, 'nb');
  await expect(page).toHaveURL(`${selfCheckPath('nb')}?qmth=no#verdict`);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'not-qmth');
});

test('a verdict offers its link, a mail to Team Commaxx in the page language, print and start again', async ({ page }) => {
  const query = 'qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01';
  await page.goto(`${selfCheckPath('nb')}?${query}`);
  await expect(page.getByLabel('Lenke til dette resultatet')).toHaveValue(`http://localhost:3000/nb/fritakssjekk?${query}`);
  const mail = page.getByRole('link', { name: COPY.nb.ask });
  const href = decodeURIComponent((await mail.getAttribute('href')) ?? '');
  const t = words('nb');
  expect(href.startsWith(`mailto:team-commaxx@example.invalid?subject=${t('SelfCheck.actions.mailSubject')}&body=`)).toBe(true);
  // The verdict quoted (see era-checks.ts for the date of the check and where the partner stands today).
  expect(href).toContain(
    t('SelfCheck.actions.mailVerdict', { heading: t('SelfCheck.verdict.pastHeading.exempt', { date: day('nb', '2020-10-01') }) }),
  );
  expect(href).toContain(`- ${t('SelfCheck.answers.qmth')}: ${t('SelfCheck.answers.value.yes')}`);
  expect(href).toContain(`- ${t('SelfCheck.answers.k80Date')}: ${day('nb', '2018-08-31')}`);
  expect(href).toContain(`Lenke til resultatet: http://localhost:3000/nb/fritakssjekk?${query}`);
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
  await page.getByRole('link', { name: COPY.nb.startAgain }).click();
  await expect(page).toHaveURL(selfCheckPath('nb'));
  await expect(page.locator('[data-verdict]')).toHaveCount(0);
});

test('crafted posts (a value outside the list, a field sent twice, an absurd length) get errors, never a verdict', async ({
  page,
}) => {
  await page.goto(selfCheckPath('en'));
  await fillForm(page, 'en', { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: ['31', '8', '2018'] });
  await page.evaluate(() => {
    const form = document.querySelector('form')!;
    (document.querySelector('input[name="csp"]:checked') as HTMLInputElement).value = 'sometimes';
    const twice = document.createElement('input');
    twice.type = 'hidden';
    twice.name = 'k80';
    twice.value = 'no';
    form.append(twice);
    (document.querySelector('input[name="k80Year"]') as HTMLInputElement).value = '2'.repeat(100_001);
  });
  await submit(page, 'en');
  const summary = page.getByRole('alert', { name: COPY.en.summary });
  await expect(summary.getByRole('listitem')).toHaveText([
    'Select one of the options for the CSP programme',
    'This question was answered more than once. Select one answer only.',
  ]);
  await expect(page.locator('[data-verdict]')).toHaveCount(0);
});

test('result links with bad answers show the errors, in the page language', async ({ page }) => {
  const response = await page.goto(`${selfCheckPath('en')}?qmth=maybe&k80Date=31.02.2018`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('alert', { name: COPY.en.summary }).getByRole('listitem')).toHaveText(['Select Yes or No']);
  const twice = await page.goto(`${selfCheckPath('nb')}?qmth=yes&qmth=no`);
  expect(twice?.status()).toBe(200);
  await expect(page.getByRole('alert', { name: COPY.nb.summary }).getByRole('listitem')).toHaveText([
    'Dette spørsmålet ble besvart mer enn én gang. Velg bare ett svar.',
  ]);
  const long = await page.goto(`${selfCheckPath('nb')}?qmth=yes&csp=none&k80=yes&k80Date=${'9'.repeat(5000)}`);
  expect(long?.status()).toBe(200);
  await expect(page.getByRole('alert', { name: COPY.nb.summary }).getByRole('listitem')).toHaveText([
    'Svaret er for langt. Skriv et kortere svar.',
  ]);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

for (const [state, path] of [
  ['the form', '/nb/fritakssjekk'],
  ['its error state', '/en/self-check?qmth=yes&k80=yes&k80Date=31-2-2018'],
  ['a verdict', '/nb/fritakssjekk?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01'],
  ['a verdict (en)', '/en/self-check?qmth=yes&csp=direct&k80=unsure'],
]) {
  for (const width of [320, 1280]) {
    test(`${state} at ${width}px has no WCAG 2.2 A/AA violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await expectAccessible(page);
    });
  }
}
