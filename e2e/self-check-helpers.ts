import { expect, type Locator, type Page } from '@playwright/test';
import { words } from './messages';
import { PAGES, type Locale } from './site-pages';

/**
 * The words a partner sees on the self-check, per language, read from messages/*.json: what the
 * tests click and read. The main test server's today is after the deadline (servers.json): the day
 * is asked first, and the questions about the partner's situation ask about "that day".
 */
function copyOf(locale: Locale) {
  const t = words(locale);
  return {
    qmth: t('SelfCheck.qmth.legend', { when: 'thatDay' }),
    csp: t('SelfCheck.csp.legend', { when: 'thatDay' }),
    k80: t('SelfCheck.k80.legend'),
    k80Date: t('SelfCheck.k80Date.legend'),
    asOfToggle: t('SelfCheck.asOf.summary'),
    asOf: t('SelfCheck.asOf.legendFirst'),
    yes: t('SelfCheck.k80.yes'),
    no: t('SelfCheck.k80.no'),
    unsure: t('SelfCheck.k80.unsure'),
    direct: t('SelfCheck.csp.direct'),
    indirect: t('SelfCheck.csp.indirect'),
    none: t('SelfCheck.csp.none'),
    day: t('SelfCheck.date.day'),
    month: t('SelfCheck.date.month'),
    year: t('SelfCheck.date.year'),
    submit: t('SelfCheck.submit'),
    summary: t('SelfCheck.errors.summaryTitle'),
    titlePrefix: t('SelfCheck.errors.titlePrefix'),
    change: t('SelfCheck.answers.change'),
    startAgain: t('SelfCheck.actions.startAgain'),
    ask: t('SelfCheck.actions.ask'),
  };
}
export const COPY = { nb: copyOf('nb'), en: copyOf('en') } as const;

export type FormAnswers = {
  qmth?: 'yes' | 'no';
  csp?: 'direct' | 'indirect' | 'none';
  k80?: 'yes' | 'no' | 'unsure';
  k80Date?: [string, string, string];
  asOf?: [string, string, string];
};

/** A result link's answers for a partner the exemption covered: signed the K80 amendment on its last day. */
export const COVERED = 'qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31';

export const selfCheckPath = (locale: Locale) => PAGES.selfCheck[locale];

const group = (page: Page, legend: string) => page.getByRole('group', { name: legend });

/** Answers the questions as a partner would: clicking labels and typing into the date fields. */
export async function fillForm(page: Page, locale: Locale, answers: FormAnswers) {
  const c = COPY[locale];
  if (answers.qmth) await group(page, c.qmth).getByLabel(c[answers.qmth], { exact: true }).check();
  if (answers.csp) await group(page, c.csp).getByLabel(c[answers.csp], { exact: true }).check();
  if (answers.k80) await group(page, c.k80).getByLabel(c[answers.k80], { exact: true }).check();
  if (answers.k80Date) await fillDate(page, locale, c.k80Date, answers.k80Date);
  // After the deadline the day is the first question, in view; before it, behind "Choose another assessment date".
  if (answers.asOf) await fillDate(page, locale, c.asOf, answers.asOf);
}

async function fillDate(page: Page, locale: Locale, legend: string, [day, month, year]: [string, string, string]) {
  const c = COPY[locale];
  const fields = group(page, legend);
  await fields.getByLabel(c.day, { exact: true }).fill(day);
  await fields.getByLabel(c.month, { exact: true }).fill(month);
  await fields.getByLabel(c.year, { exact: true }).fill(year);
}

export async function submit(page: Page, locale: Locale) {
  await page.getByRole('button', { name: COPY[locale].submit }).click();
}

/** The error summary's entries, and each field message beside its field. */
export async function expectErrors(page: Page, locale: Locale, messages: string[]) {
  const summary = page.getByRole('alert', { name: COPY[locale].summary });
  await expect(summary.getByRole('heading')).toHaveText(COPY[locale].summary);
  await expect(summary.getByRole('listitem')).toHaveText(messages);
  await expect(page).toHaveTitle(new RegExp(`^${COPY[locale].titlePrefix}`));
  for (const message of messages) {
    const beside = page.locator('form p[id$="-error"]', { hasText: message });
    await expect(beside).toHaveCount(1);
    const id = await beside.getAttribute('id');
    await expect(page.locator(`fieldset[aria-describedby~="${id}"]`)).toHaveCount(1);
    await expect(page.locator(`fieldset[aria-describedby~="${id}"] input[aria-invalid="true"]`).first()).toBeVisible();
  }
  await expect(page.locator('[data-verdict]')).toHaveCount(0);
}

/** The accessible name of the Change link beside an answer, from the site's messages: "Change your answer about CSP". */
export function changeLinkName(locale: Locale, key: 'qmth' | 'csp' | 'k80' | 'k80Date' | 'asOf'): string {
  const t = words(locale);
  return `${t('SelfCheck.answers.change')} ${t(`SelfCheck.answers.changeHidden.${key}`)}`;
}

/**
 * Each answer's Change link (by its key, which also names its question's group in COPY) and the
 * field it focuses on COVERED's result: a radio question's chosen answer (csp: the reseller), a
 * date's day. The assessment date's comes last: the tests type a new date where it leaves the focus.
 */
export const CHANGE_ROWS: { key: 'qmth' | 'csp' | 'k80' | 'k80Date' | 'asOf'; focus: string }[] = [
  { key: 'qmth', focus: 'qmth' },
  { key: 'csp', focus: 'csp-indirect' },
  { key: 'k80', focus: 'k80' },
  { key: 'k80Date', focus: 'k80Date-day' },
  { key: 'asOf', focus: 'asOf-day' },
];

/**
 * Waits until React has hydrated an element, so that a click reaches its handler rather than the
 * plain link or form underneath (on a slow machine a test can click before the scripts ran). React
 * keeps an element's props under a `__reactProps…` key once it owns it.
 */
export async function untilHydrated(locator: Locator) {
  await expect
    .poll(() => locator.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactProps'))))
    .toBe(true);
}
