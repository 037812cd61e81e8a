import { expect, test } from '@playwright/test';
import { day, keyDates, words } from './messages';

// The link kit on a phone with JavaScript off: the form is a plain GET form, so the link, the
// paragraph and the errors all come from the server. Only the copy buttons need JavaScript.

const ORIGIN = 'http://localhost:3000'; // SITE_URL's default: the e2e servers set none

test('makes a link and its paragraph without JavaScript, with no copy buttons', async ({ page }) => {
  await page.goto('/en/links');
  await page
    .getByRole('group', { name: words('en')('LinkKit.language.legend') })
    .getByLabel('Norwegian (Bokmål)', { exact: true })
    .check();
  await page.getByLabel('One FAQ answer: “Which QMTH partners qualify for this exemption?”', { exact: true }).check();
  await page.getByRole('button', { name: 'Create the link' }).click();
  await expect(page).toHaveURL(/\/en\/links\?lang=nb&target=faq-who-qualifies&.*#outcome$/);
  const link = `${ORIGIN}/nb/sporsmal-og-svar#who-qualifies`;
  await expect(page.getByLabel('Link in Norwegian', { exact: true })).toHaveValue(link);
  await expect(page.getByLabel('Email text in Norwegian', { exact: true })).toHaveValue(
    // The main e2e server's today is after the deadline: the paragraph of the ended era.
    words('nb')('LinkKit.emailEnded.faq-who-qualifies', { ...keyDates('nb'), link }),
  );
  await expect(page.getByRole('button', { name: /copy/i })).toHaveCount(0);
});

test('prefills the self-check without JavaScript: its answers appear once chosen, errors come back with the answers as typed', async ({
  page,
}) => {
  const nb = words('nb');
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/nb/lenker');
  await test.step('at 375 px the heading keeps «e-post» on one line', async () => {
    const lines = await page.locator('h1').evaluate((h1) => {
      const text = h1.firstChild as Text;
      const start = text.data.search(/e.post$/);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, text.data.length);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(lines).toBe(1);
  });
  const answers = page.getByRole('group', { name: 'Partnerens svar' });
  await test.step('the answers appear once the prefilled self-check is chosen', async () => {
    await expect(answers).toBeHidden();
    await page.getByLabel(nb('LinkKit.target.selfCheckAnswers'), { exact: true }).check();
    await expect(answers).toBeVisible();
  });
  await test.step('sent half answered: the errors, from the server, with the answers as typed', async () => {
    await page.getByLabel(nb('LinkKit.answers.qmth')).selectOption('yes');
    await page.getByRole('button', { name: 'Lag lenken' }).click();
    const summary = page.getByRole('alert', { name: 'Noe må rettes' });
    await expect(summary.getByRole('listitem')).toHaveText([
      'Velg språket i lenken',
      nb('SelfCheck.errors.required', { field: 'csp', who: 'team' }),
      nb('SelfCheck.errors.required', { field: 'k80', who: 'team' }),
    ]);
    await expect(page).toHaveTitle(/^Feil: /);
    await expect(page.getByLabel(nb('LinkKit.answers.qmth'))).toHaveValue('yes');
    await expect(answers).toBeVisible();
  });
  const path = '/en/self-check?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01#verdict';
  await test.step('corrected, with dates typed the Norwegian way: the link and its paragraph', async () => {
    await page.getByRole('group', { name: 'Hvilket språk skal lenken ha?' }).getByLabel('Engelsk', { exact: true }).check();
    await page.getByLabel(nb('LinkKit.answers.csp')).selectOption('indirect');
    await page.getByLabel('Har partneren signert SPLA QMTH K80-tillegget?').selectOption('yes');
    // The self-check's three-field date input.
    const signed = page.getByRole('group', { name: 'Signeringsdatoen for K80-tillegget' });
    await signed.getByLabel('Dag', { exact: true }).fill('31.');
    await signed.getByLabel('Måned', { exact: true }).fill('08.');
    await signed.getByLabel('År', { exact: true }).fill('2018');
    await page.getByRole('group', { name: 'Vurderingsdato (valgfritt)' }).getByLabel('Dag', { exact: true }).fill('01.10.2020');
    await page.getByRole('button', { name: 'Lag lenken' }).click();
    await expect(page.getByLabel('Lenke på engelsk', { exact: true })).toHaveValue(ORIGIN + path);
    await expect(page.getByLabel('E-posttekst på engelsk', { exact: true })).toHaveValue(
      words('en')('LinkKit.emailEnded.self-check-answers', {
        ...keyDates('en'),
        asOfGiven: 'yes',
        asOf: day('en', '2020-10-01'),
        link: ORIGIN + path,
      }),
    );
  });
  await test.step('"Åpne lenken" opens the self-check at the verdict', async () => {
    await page.getByRole('link', { name: 'Åpne lenken' }).click();
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');
  });
});
