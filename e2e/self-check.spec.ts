import { expect, test } from '@playwright/test';
import { PHONE_320, expectAccessibleOnPhoneAndDesktop } from './accessible';
import { openUnderPolicy, watchPolicyViolations } from './policy-checks';
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

// With the policy watched, this walk also shows the self-check works under it: the form posts, the
// verdict follows and its script-only copy button appears, with nothing refused (the policy is the
// same in both languages: here in Norwegian).
test('answers to hidden questions are ignored, and the form posts under the security policy', async ({ page }) => {
  const refused = watchPolicyViolations(page);
  await page.goto(selfCheckPath('nb'));
  await fillForm(page, 'nb', { qmth: 'yes', k80: 'yes', k80Date: ['99', 'x', ''] });
  await fillForm(page, 'nb', { qmth: 'no' });
  await submit(page, 'nb');
  await expect(page).toHaveURL(`${selfCheckPath('nb')}?qmth=no#verdict`);
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'not-qmth');
  await expect(page.getByRole('button', { name: words('nb')('SelfCheck.actions.copy') })).toBeVisible();
  expect(refused).toEqual([]);
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
    'This answer was sent more than once. Select one answer only.',
  ]);
  await expect(page.locator('[data-verdict]')).toHaveCount(0);
});

test('result links with bad answers show the errors, in the page language', async ({ page }) => {
  const response = await page.goto(`${selfCheckPath('en')}?qmth=maybe&k80Date=31.02.2018`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('alert', { name: COPY.en.summary }).getByRole('listitem')).toHaveText(['Select “Yes” or “No”']);
  const twice = await page.goto(`${selfCheckPath('nb')}?qmth=yes&qmth=no`);
  expect(twice?.status()).toBe(200);
  await expect(page.getByRole('alert', { name: COPY.nb.summary }).getByRole('listitem')).toHaveText([
    'Dette svaret ble sendt mer enn én gang. Velg bare ett svar.',
  ]);
  const long = await page.goto(`${selfCheckPath('nb')}?qmth=yes&csp=none&k80=yes&k80Date=${'9'.repeat(5000)}`);
  expect(long?.status()).toBe(200);
  await expect(page.getByRole('alert', { name: COPY.nb.summary }).getByRole('listitem')).toHaveText([
    'Svaret er for langt. Skriv et kortere svar.',
  ]);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  // Only days the exemption can speak of: one before July 2018 is refused, saying why, in the page's language.
  await page.goto(`${selfCheckPath('nb')}?qmth=yes&csp=indirect&k80=yes&k80Date=2018-03-14&asOf=2017-01-01`);
  await expect(page.getByRole('alert', { name: COPY.nb.summary }).getByRole('listitem')).toHaveText([
    words('nb')('SelfCheck.errors.asOfBeforeAnnounced', { announced: day('nb', '2018-07-01') }),
  ]);
  await expect(page.locator('[data-verdict]')).toHaveCount(0);
});

// Each state of the self-check beyond the empty form (pages.spec.ts has that) loaded once, with its
// policy and headers, its accessibility at 320 px and, widened, at 1280 px, and what it offers.
test.describe('each state loaded once', () => {
  test.use({ viewport: PHONE_320 });

  // One error state stands for both result links with a date that does not exist (31-2-2018 and
  // 2018-02-30): they render the same errors and fields, only the typed values differ.
  test('a result link with errors: strict policy, the errors shown, no WCAG 2.2 A/AA violations at 320 and 1280 px', async ({
    page,
  }) => {
    const refused = await openUnderPolicy(page, `${selfCheckPath('en')}?qmth=yes&k80=yes&k80Date=31-2-2018`);
    await test.step('the errors are summarised at the top', () =>
      expect(page.getByRole('alert', { name: COPY.en.summary })).toBeVisible());
    await expectAccessibleOnPhoneAndDesktop(page);
    await test.step('the browser refused nothing under the policy', () => expect(refused).toEqual([]));
  });

  test('an English verdict: strict policy, no WCAG 2.2 A/AA violations at 320 and 1280 px', async ({ page }) => {
    const refused = await openUnderPolicy(page, `${selfCheckPath('en')}?qmth=yes&csp=direct&k80=unsure`);
    await test.step('the verdict is shown', () => expect(page.locator('[data-verdict]')).toBeVisible());
    await expectAccessibleOnPhoneAndDesktop(page);
    await test.step('the browser refused nothing under the policy', () => expect(refused).toEqual([]));
  });

  test('a verdict offers its link, a mail to Team Commaxx in the page language, print and start again; strict policy, no WCAG 2.2 A/AA violations at 320 and 1280 px', async ({
    page,
  }) => {
    const query = 'qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01';
    const refused = await openUnderPolicy(page, `${selfCheckPath('nb')}?${query}`);
    await expectAccessibleOnPhoneAndDesktop(page);
    const t = words('nb');
    await test.step('the link to the result, ready to copy', () =>
      expect(page.getByLabel(t('SelfCheck.actions.linkLabel'))).toHaveValue(
        `http://localhost:3000/nb/fritakssjekk?${query}#verdict`,
      ));
    await test.step('a mail to Team Commaxx in Norwegian, quoting the verdict, the answers and the link', async () => {
      const mail = page.getByRole('link', { name: COPY.nb.ask });
      const href = decodeURIComponent((await mail.getAttribute('href')) ?? '');
      expect(href.startsWith(`mailto:team-commaxx@example.invalid?subject=${t('SelfCheck.actions.mailSubject')}&body=`)).toBe(
        true,
      );
      // The verdict quoted (see era-checks.ts for the date of the check and where the partner stands today).
      expect(href).toContain(
        t('SelfCheck.actions.mailVerdict', {
          heading: t('SelfCheck.verdict.pastHeading.exempt', { date: day('nb', '2020-10-01') }),
        }),
      );
      expect(href).toContain(
        `- ${t('SelfCheck.answers.qmth', { date: day('nb', '2020-10-01') })}: ${t('SelfCheck.answers.value.yes')}`,
      );
      expect(href).toContain(`- ${t('SelfCheck.answers.k80Date')}: ${day('nb', '2018-08-31')}`);
      // The link opens at the verdict, as the kit's do.
      expect(href).toContain(t('SelfCheck.actions.mailLink', { link: `http://localhost:3000/nb/fritakssjekk?${query}#verdict` }));
    });
    await test.step('a print button', () =>
      expect(page.getByRole('button', { name: t('SelfCheck.actions.print') })).toBeVisible());
    await test.step('the browser refused nothing under the policy', () => expect(refused).toEqual([]));
    await test.step('start again leads to the empty form', async () => {
      await page.getByRole('link', { name: COPY.nb.startAgain }).click();
      await expect(page).toHaveURL(selfCheckPath('nb'));
      await expect(page.locator('[data-verdict]')).toHaveCount(0);
    });
  });
});
