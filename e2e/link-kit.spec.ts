import { expect, test, type Page } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { LOCALES, OTHER, PAGES, SWITCH_LABEL, type Locale } from './site-pages';
import { expectAccessible } from './accessible';
import { day, keyDates, words } from './messages';

// Team Commaxx's link kit, with JavaScript: every kind of link in both languages of the kit, the
// paragraphs for emails, the prefilled self-check, errors, copy buttons, noindex and accessibility.

const ORIGIN = 'http://localhost:3000'; // SITE_URL's default: the e2e servers set none
const KIT: Record<Locale, string> = { nb: '/nb/lenker', en: '/en/links' };

/** The FAQ's questions, as the kit names them. */
const questions = (locale: Locale) => ({
  'what-changed': words(locale)('LinkKit.question.what-changed'),
  'effect-on-qmth': words(locale)('LinkKit.question.effect-on-qmth'),
  'who-qualifies': words(locale)('LinkKit.question.who-qualifies'),
});

/** The kit's own words, per language of the kit, read from messages/*.json: what the tests click and read. */
function kitWords(locale: Locale) {
  const t = words(locale);
  const q = questions(locale);
  const languageName = (of: Locale) => t(`LinkKit.result.languageName.${of}`);
  return {
    title: `${t('Pages./links.title')} – ${t('Site.publisher')}`,
    language: { legend: t('LinkKit.language.legend'), nb: t('LinkKit.language.nb'), en: t('LinkKit.language.en') },
    target: {
      legend: t('LinkKit.target.legend'),
      announcement: t('LinkKit.target.announcement'),
      faq: t('LinkKit.target.faq'),
      'faq-what-changed': t('LinkKit.target.faqAnswer', { question: q['what-changed'] }),
      'faq-effect-on-qmth': t('LinkKit.target.faqAnswer', { question: q['effect-on-qmth'] }),
      'faq-who-qualifies': t('LinkKit.target.faqAnswer', { question: q['who-qualifies'] }),
      'self-check': t('LinkKit.target.selfCheck'),
      'self-check-answers': t('LinkKit.target.selfCheckAnswers'),
    },
    answers: {
      legend: t('LinkKit.answers.legend'),
      qmth: t('LinkKit.answers.qmth'),
      csp: t('LinkKit.answers.csp'),
      k80: t('LinkKit.answers.k80'),
      k80Date: t('LinkKit.answers.k80Date'),
      asOf: t('LinkKit.answers.asOf'),
    },
    date: { day: t('SelfCheck.date.day'), month: t('SelfCheck.date.month'), year: t('SelfCheck.date.year') },
    submit: t('LinkKit.submit'),
    linkLabel: {
      nb: t('LinkKit.result.linkLabel', { language: languageName('nb') }),
      en: t('LinkKit.result.linkLabel', { language: languageName('en') }),
    },
    emailLabel: {
      nb: t('LinkKit.result.emailLabel', { language: languageName('nb') }),
      en: t('LinkKit.result.emailLabel', { language: languageName('en') }),
    },
    copyLink: t('LinkKit.result.copyLink'),
    linkCopied: t('LinkKit.result.linkCopied'),
    copyText: t('LinkKit.result.copyText'),
    textCopied: t('LinkKit.result.textCopied'),
    linkCopyFailed: t('LinkKit.result.linkCopyFailed'),
    open: t('LinkKit.result.open'),
    summary: t('LinkKit.errors.summaryTitle'),
    titlePrefix: t('LinkKit.errors.titlePrefix'),
    mainNav: t('Site.mainNav'),
  };
}
const UI = { nb: kitWords('nb'), en: kitWords('en') } as const;
const QUESTIONS = { nb: questions('nb'), en: questions('en') } as const;

type PageTarget = 'announcement' | 'faq' | 'faq-what-changed' | 'faq-effect-on-qmth' | 'faq-who-qualifies' | 'self-check';

/** Each page target's path, per language of the LINK. */
const TARGET_PATH: Record<PageTarget, Record<Locale, string>> = {
  announcement: PAGES.announcement,
  faq: PAGES.faq,
  'faq-what-changed': { nb: `${PAGES.faq.nb}#what-changed`, en: `${PAGES.faq.en}#what-changed` },
  'faq-effect-on-qmth': { nb: `${PAGES.faq.nb}#effect-on-qmth`, en: `${PAGES.faq.en}#effect-on-qmth` },
  'faq-who-qualifies': { nb: `${PAGES.faq.nb}#who-qualifies`, en: `${PAGES.faq.en}#who-qualifies` },
  'self-check': PAGES.selfCheck,
};

/**
 * Each target's link and email paragraph, in the words of messages/*.json: the main e2e server's
 * today is after the deadline, so the paragraphs are those of the ended era (LinkKit.emailEnded).
 */
const EXPECTED = Object.fromEntries(
  (Object.keys(TARGET_PATH) as PageTarget[]).map((target) => [
    target,
    Object.fromEntries(
      LOCALES.map((language) => [
        language,
        {
          path: TARGET_PATH[target][language],
          text: (link: string) => words(language)(`LinkKit.emailEnded.${target}`, { ...keyDates(language), link }),
        },
      ]),
    ),
  ]),
) as Record<PageTarget, Record<Locale, { path: string; text: (link: string) => string }>>;

/** A prefilled self-check's paragraph: it names the assessment date, or the day the partner opens the link. */
const ANSWERS_TEXT: Record<Locale, (link: string, asOf?: string) => string> = {
  nb: (link, asOf) => answersText('nb', link, asOf),
  en: (link, asOf) => answersText('en', link, asOf),
};
function answersText(language: Locale, link: string, asOf?: string) {
  return words(language)('LinkKit.emailEnded.self-check-answers', {
    ...keyDates(language),
    asOfGiven: asOf ? 'yes' : 'no',
    asOf: asOf ? day(language, asOf) : '',
    link,
  });
}

type DateParts = [day: string, month: string, year: string];
type Answers = { qmth?: string; csp?: string; k80?: string; k80Date?: DateParts; asOf?: DateParts };

/** Types a date into the self-check's three-field date input, found by its question. */
async function fillDate(page: Page, ui: Locale, legend: string, [day, month, year]: DateParts) {
  const group = page.getByRole('group', { name: legend, exact: true });
  await group.getByLabel(UI[ui].date.day, { exact: true }).fill(day);
  await group.getByLabel(UI[ui].date.month, { exact: true }).fill(month);
  await group.getByLabel(UI[ui].date.year, { exact: true }).fill(year);
}

/** Fills the form as Team Commaxx would: the radios by their labels, the answers by their labels. */
async function makeLink(
  page: Page,
  ui: Locale,
  language: Locale | null,
  target: keyof (typeof UI)['en']['target'] | null,
  answers: Answers = {},
) {
  const c = UI[ui];
  if (language)
    await page.getByRole('group', { name: c.language.legend }).getByLabel(c.language[language], { exact: true }).check();
  if (target && target !== 'legend')
    await page.getByRole('group', { name: c.target.legend }).getByLabel(c.target[target], { exact: true }).check();
  for (const name of ['qmth', 'csp', 'k80'] as const) {
    if (answers[name]) await page.getByLabel(c.answers[name], { exact: true }).selectOption(answers[name]);
  }
  if (answers.k80Date) await fillDate(page, ui, c.answers.k80Date, answers.k80Date);
  if (answers.asOf) await fillDate(page, ui, c.answers.asOf, answers.asOf);
  await page.getByRole('button', { name: c.submit }).click();
}

async function expectResult(page: Page, ui: Locale, language: Locale, link: string, text: string, { sent = true } = {}) {
  const c = UI[ui];
  // Just sent, the kit opens at its outcome; reached by the language switch, at the page's top
  // (the switch keeps the query, not the fragment: components/LanguageSwitcher.tsx).
  if (sent) {
    await expect(page).toHaveURL(/#outcome$/);
    await expect(page.locator('#outcome')).toBeFocused();
  }
  await expect(page.getByLabel(c.linkLabel[language], { exact: true })).toHaveValue(link);
  const paragraph = page.getByLabel(c.emailLabel[language], { exact: true });
  await expect(paragraph).toHaveValue(text);
  await expect(paragraph).toHaveAttribute('lang', language);
  // "Open the link" opens it on this server, whatever origin the link is written with.
  await expect(page.getByRole('link', { name: c.open, exact: true })).toHaveAttribute('href', link.slice(ORIGIN.length));
  await expect(page.getByRole('alert', { name: c.summary })).toHaveCount(0);
}

for (const ui of LOCALES) {
  test.describe(`the link kit in ${ui} (${KIT[ui]})`, () => {
    test('is noindex, has its own title and description, and stays out of the menu and the sitemap', async ({
      page,
      request,
    }) => {
      const response = await page.goto(KIT[ui]);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', ui);
      await expect(page).toHaveTitle(UI[ui].title);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0).toBeGreaterThan(40);
      const nav = page.getByRole('navigation', { name: UI[ui].mainNav });
      await expect(nav.getByRole('link')).toHaveCount(3);
      await expect(nav.locator('[aria-current]')).toHaveCount(0);
      // The public pages never link to it, and it is not offered to search engines.
      await page.goto(PAGES.announcement[ui]);
      await expect(page.locator(`a[href^="${KIT.nb}"], a[href^="${KIT.en}"]`)).toHaveCount(0);
      const sitemap = await (await request.get('/sitemap.xml')).text();
      expect(sitemap).not.toContain(KIT.nb);
      expect(sitemap).not.toContain(KIT.en);
    });

    test('shows no link and no errors before the form is sent', async ({ page }) => {
      await page.goto(KIT[ui]);
      await expect(page.getByRole('alert', { name: UI[ui].summary })).toHaveCount(0);
      await expect(page.locator('#outcome')).toHaveCount(0);
      // The answers for a prefilled self-check appear only once that is the target (CSS :has()).
      const answers = page.getByRole('group', { name: UI[ui].answers.legend });
      await expect(answers).toBeHidden();
      await page.getByLabel(UI[ui].target['self-check-answers'], { exact: true }).check();
      await expect(answers).toBeVisible();
    });

    test('names each FAQ answer by its question, as the FAQ heads it', async ({ page }) => {
      await page.goto(PAGES.faq[ui]);
      for (const [id, question] of Object.entries(QUESTIONS[ui])) await expect(page.locator(`h2#${id}`)).toHaveText(question);
    });

    // Every target's link and paragraph, per era and language, is checked by the unit tests
    // (lib/link-kit.test.ts, components/link-kit/email-words.test.ts); here, through the form, a
    // page and an FAQ answer (a fragment), each in both languages.
    for (const target of ['announcement', 'faq-who-qualifies'] as const satisfies PageTarget[]) {
      test(`makes the link to ${target} in both languages, with its paragraph in the link's language`, async ({ page }) => {
        for (const language of LOCALES) {
          await page.goto(KIT[ui]);
          await makeLink(page, ui, language, target);
          const link = ORIGIN + EXPECTED[target][language].path;
          await expectResult(page, ui, language, link, EXPECTED[target][language].text(link));
        }
      });
    }

    test('makes a prefilled self-check link that opens at the expected verdict', async ({ page }) => {
      const language = OTHER[ui];
      await page.goto(KIT[ui]);
      // Typed the Norwegian way: ordinal dots, and a whole date in the day field.
      await makeLink(page, ui, language, 'self-check-answers', {
        qmth: 'yes',
        csp: 'indirect',
        k80: 'yes',
        k80Date: ['31.', '08.', '2018'],
        asOf: ['1.10.2020', '', ''],
      });
      const link = `${ORIGIN}${PAGES.selfCheck[language]}?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01#verdict`;
      await expectResult(page, ui, language, link, ANSWERS_TEXT[language](link, '2020-10-01'));
      await page.getByRole('link', { name: UI[ui].open, exact: true }).click();
      await expect(page).toHaveURL(link.slice(ORIGIN.length));
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');
      await expect(page.locator('html')).toHaveAttribute('lang', language);
    });

    test('writes only the answers that apply, and leaves the day assessed to the partner when no date is given', async ({
      page,
    }) => {
      await page.goto(KIT[ui]);
      await makeLink(page, ui, ui, 'self-check-answers', {
        qmth: 'yes',
        csp: 'indirect',
        k80: 'yes',
        k80Date: ['31', '8', '2018'],
      });
      const signed = `${ORIGIN}${PAGES.selfCheck[ui]}?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31#verdict`;
      await expectResult(page, ui, ui, signed, ANSWERS_TEXT[ui](signed));
      await page.getByRole('link', { name: UI[ui].open, exact: true }).click();
      // The main e2e server's today is after the deadline.
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exemption-ended');

      await page.goto(KIT[ui]);
      await makeLink(page, ui, ui, 'self-check-answers', { qmth: 'no', csp: 'direct', k80: 'no' });
      const notQmth = `${ORIGIN}${PAGES.selfCheck[ui]}?qmth=no#verdict`;
      await expectResult(page, ui, ui, notQmth, ANSWERS_TEXT[ui](notQmth));
      await page.goto(notQmth.slice(ORIGIN.length));
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'not-qmth');
    });

    test('keeps the result when switching the kit to the other language', async ({ page }) => {
      await page.goto(KIT[ui]);
      await makeLink(page, ui, 'nb', 'faq-who-qualifies');
      await page.getByRole('link', { name: SWITCH_LABEL[ui], exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', OTHER[ui]);
      await expect(page).toHaveURL(new RegExp(`^[^?]*${KIT[OTHER[ui]]}\\?`));
      const link = ORIGIN + EXPECTED['faq-who-qualifies'].nb.path;
      await expectResult(page, OTHER[ui], 'nb', link, EXPECTED['faq-who-qualifies'].nb.text(link), { sent: false });
    });

    const states = {
      empty: '',
      'with a result':
        '?lang=en&target=self-check-answers&qmth=yes&csp=indirect&k80=yes&k80Day=31&k80Month=8&k80Year=2018&asOfDay=1&asOfMonth=10&asOfYear=2020',
      'with errors': '?target=self-check-answers&qmth=yes&k80=yes&k80Day=31&k80Month=2&k80Year=18',
    };
    for (const [state, query] of Object.entries(states)) {
      // The narrow screen for every state; the wide one once, with a result.
      for (const width of state === 'with a result' ? [320, 1280] : [320]) {
        test(`has no WCAG 2.2 A/AA violations ${state} at ${width}px, and nothing scrolls sideways`, async ({ page }) => {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(KIT[ui] + query);
          await expectAccessible(page);
        });
      }
    }
  });
}

test('errors in the form come back GOV.UK style: a summary with links, each message beside its field', async ({ page }) => {
  const c = UI.en;
  await page.goto(KIT.en);
  await makeLink(page, 'en', null, null);
  const summary = page.getByRole('alert', { name: c.summary });
  await expect(summary.getByRole('listitem')).toHaveText(['Select the language of the link', 'Select what the link should open']);
  await expect(page).toHaveTitle(`${c.titlePrefix}${c.title}`);
  // The form sends the browser to #outcome: the summary takes the focus, so it is read first.
  await expect(page.locator('#outcome')).toHaveRole('alert');
  await expect(page.locator('#outcome')).toBeFocused();
  await expect(page.locator('fieldset[aria-describedby~="lang-error"] input[aria-invalid="true"]')).toHaveCount(2);
  await expect(page.locator('#lang-error')).toHaveText('Error: Select the language of the link');
  // GOV.UK's convention: a radio group's first option carries the group's name as its id.
  await expect(summary.getByRole('link', { name: 'Select the language of the link' })).toHaveAttribute('href', '#lang');

  await makeLink(page, 'en', 'nb', 'self-check-answers', {
    qmth: 'yes',
    k80: 'yes',
    k80Date: ['31', 'aug', '2018'],
    asOf: ['30', '2', '2020'],
  });
  const messages = [
    'Select how the partner takes part in the CSP programme',
    'The signing date must be written in numbers: write the month in digits, for example, 31 8 2018',
    'The assessment date must be a real date',
  ];
  await expect(summary.getByRole('listitem')).toHaveText(messages);
  for (const [field, control, message] of [
    ['csp', 'csp', messages[0]],
    ['k80Date', 'k80Date-month', messages[1]],
    ['asOf', 'asOf-day', messages[2]],
  ]) {
    await expect(page.locator(`#${control}`)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${field}-error`)).toHaveText(`Error: ${message}`);
    await expect(page.locator(`[aria-describedby~="${field}-error"]`)).toHaveCount(1);
    await expect(summary.getByRole('link', { name: message })).toHaveAttribute('href', `#${control}`);
  }
  // Only the part at fault is marked.
  await expect(page.locator('#k80Date-day')).not.toHaveAttribute('aria-invalid', 'true');
  // What was typed comes back, so it can be corrected.
  await expect(page.locator('#k80Date-month')).toHaveValue('aug');
  await expect(page.locator('#qmth')).toHaveValue('yes');
  await expect(page.getByLabel(c.linkLabel.nb)).toHaveCount(0);
  await summary.getByRole('link', { name: 'The assessment date must be a real date' }).click();
  // With JavaScript the link moves focus to the field itself (no history entry).
  await expect(page.locator('#asOf-day')).toBeFocused();
  await expect(page.locator('#asOf-day')).toBeInViewport();
});

test('dates in the kit: a 2-digit year gets a message about the year, a pasted date is read', async ({ page }) => {
  await page.goto(`${KIT.en}?lang=en&target=self-check-answers&qmth=yes&csp=none&k80=yes&k80Day=31&k80Month=8&k80Year=18`);
  await expect(page.getByRole('alert', { name: UI.en.summary }).getByRole('listitem')).toHaveText([
    'The signing date must have a four-digit year, for example, 2018',
  ]);
  await expect(page.locator('#k80Date-year')).toHaveAttribute('aria-invalid', 'true');
  await page.goto(`${KIT.en}?lang=en&target=self-check-answers&qmth=yes&csp=none&k80=yes&k80Day=31.08.2018`);
  await expect(page.getByLabel(UI.en.linkLabel.en, { exact: true })).toHaveValue(
    `${ORIGIN}${PAGES.selfCheck.en}?qmth=yes&csp=none&k80=yes&k80Date=2018-08-31#verdict`,
  );
});

test('a signing date after the day assessed is an error, with that day in words, in the kit’s language', async ({ page }) => {
  const answers = 'lang=en&target=self-check-answers&qmth=yes&csp=none&k80=yes';
  await page.goto(`${KIT.nb}?${answers}&k80Day=1&k80Month=11&k80Year=2025&asOfDay=1&asOfMonth=10&asOfYear=2025`);
  await expect(page.getByRole('alert', { name: UI.nb.summary }).getByRole('listitem')).toHaveText([
    words('nb')('LinkKit.errors.dateAfterAsOf', { asOf: day('nb', '2025-10-01') }),
  ]);
  // Without an assessment date it is compared with today, and says so rather than naming a date never typed.
  await page.goto(`${KIT.en}?${answers}&k80Day=1&k80Month=1&k80Year=2099`);
  await expect(page.getByRole('alert', { name: UI.en.summary }).getByRole('listitem')).toHaveText([
    words('en')('LinkKit.errors.dateAfterToday'),
  ]);
});

test('crafted queries (repeats, absurd lengths, values outside the lists) get errors, never a server error', async ({ page }) => {
  const response = await page.goto(`${KIT.en}?lang=nb&lang=en&target=${'x'.repeat(5000)}&qmth=%00&k80Year=${'9'.repeat(5000)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('alert', { name: UI.en.summary }).getByRole('listitem')).toHaveText([
    'This field was sent more than once. Select one answer only.',
    'The answer is too long. Enter a shorter answer.',
  ]);
  const odd = await page.goto(`${KIT.en}?lang=de&target=faq-nothing&asOfDay=yesterday`);
  expect(odd?.status()).toBe(200);
  await expect(page.getByRole('alert', { name: UI.en.summary }).getByRole('listitem')).toHaveText([
    'Select Norwegian or English',
    'Select one of the options in the list',
  ]);
  // Answers sent with another target are ignored: the link is the plain page's.
  await page.goto(`${KIT.en}?lang=en&target=self-check&qmth=maybe`);
  await expect(page.getByLabel(UI.en.linkLabel.en, { exact: true })).toHaveValue(`${ORIGIN}${PAGES.selfCheck.en}`);
});

test('the copy buttons copy the link and the paragraph, and say so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${KIT.nb}?lang=en&target=announcement`);
  const link = `${ORIGIN}${PAGES.announcement.en}`;
  await page.getByRole('button', { name: UI.nb.copyLink }).click();
  await expect(page.getByRole('status').filter({ hasText: UI.nb.linkCopied })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.getByRole('button', { name: UI.nb.copyText }).click();
  await expect(page.getByRole('status').filter({ hasText: UI.nb.textCopied })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EXPECTED.announcement.en.text(link));
});

test('where the clipboard is refused, the copy button selects the link and says how to copy it', async ({ page }) => {
  // As on plain http or in an in-app browser: no clipboard API at all.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.goto(`${KIT.nb}?lang=en&target=announcement`);
  await page.getByRole('button', { name: UI.nb.copyLink }).click();
  await expect(page.getByRole('status').filter({ hasText: UI.nb.linkCopyFailed })).toBeVisible();
  const field = page.getByLabel(UI.nb.linkLabel.en, { exact: true });
  await expect(field).toBeFocused();
  const selected = await field.evaluate((input: HTMLInputElement) =>
    input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
  );
  expect(selected).toBe(`${ORIGIN}${PAGES.announcement.en}`);
  await expect(page.getByRole('status').filter({ hasText: UI.nb.linkCopied })).toHaveCount(0);
});

test('the link kit is valid HTML, empty, with a result and with errors', async ({ request }) => {
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  for (const path of [
    KIT.nb,
    `${KIT.en}?lang=nb&target=faq-who-qualifies`,
    `${KIT.nb}?lang=en&target=self-check-answers&qmth=yes&k80=yes&k80Day=31-2-2018`,
  ]) {
    const report = await validator.validateString(await (await request.get(path)).text());
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${path} ${m.ruleId} ${m.line}:${m.column} ${m.message}`),
    );
    expect(messages).toEqual([]);
  }
});
