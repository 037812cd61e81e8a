import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ALL_PAGES, LOCALES, OTHER, PAGES, SWITCH_LABEL, type Locale } from './site-pages';
import { DESKTOP_1280, expectAccessible } from './accessible';
import { day, keyDates, words } from './messages';

// Team Commaxx's link kit, with JavaScript: every kind of link in both languages of the kit, the
// paragraphs for emails, the prefilled self-check, errors, copy buttons, noindex and accessibility.
// One page load per state of the kit, its checks as steps; what needs no browser (the sitemap,
// the public pages' HTML, the verdict a link opens at, valid HTML) through `request`.

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
    summary: t('SelfCheck.errors.summaryTitle'),
    titlePrefix: t('SelfCheck.errors.titlePrefix'),
    mainNav: t('Site.mainNav'),
  };
}
const UI = { nb: kitWords('nb'), en: kitWords('en') } as const;

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

/** The verdict the self-check opens a link at, read from the HTML the server sends (it renders the verdict). */
async function verdictOf(request: APIRequestContext, link: string) {
  const html = await (await request.get(link.slice(ORIGIN.length))).text();
  return /data-verdict="([^"]+)"/.exec(html)?.[1];
}

// Each test below runs once per language of the kit (ui). What the kit shows is in its language,
// so every state is seen in both; the link's language alternates between the two tests (the link
// in the other language, then in the kit's own), so each pairing of kit and link language is seen
// and each target's paragraph is seen in both languages of the link.
for (const ui of LOCALES) {
  const other = OTHER[ui];

  test(`the ${ui} kit, before it is used: its own title, kept out of search and the menu, no link or errors, answers only once chosen`, async ({
    page,
  }) => {
    const response = await page.goto(KIT[ui]);
    await test.step('it has its own title and description and asks search engines to leave it out', async () => {
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', ui);
      await expect(page).toHaveTitle(UI[ui].title);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.length ?? 0).toBeGreaterThan(40);
    });
    await test.step('the menu has the three public pages and none of them is marked current', async () => {
      const nav = page.getByRole('navigation', { name: UI[ui].mainNav });
      await expect(nav.getByRole('link')).toHaveCount(3);
      await expect(nav.locator('[aria-current]')).toHaveCount(0);
    });
    await test.step('it shows no link and no errors before the form is sent', async () => {
      await expect(page.getByRole('alert', { name: UI[ui].summary })).toHaveCount(0);
      await expect(page.locator('#outcome')).toHaveCount(0);
    });
    // No axe run here: every element this state shows is also shown, unchanged, by the result with
    // every answer shown (the form, its answers revealed, and the result above it), which axe and
    // the reflow check go through at 320 px in this kit language below.
    await test.step('the answers for a prefilled self-check appear only once that is the target', async () => {
      // CSS :has(): no script involved.
      const answers = page.getByRole('group', { name: UI[ui].answers.legend });
      await expect(answers).toBeHidden();
      await page.getByLabel(UI[ui].target['self-check-answers'], { exact: true }).check();
      await expect(answers).toBeVisible();
    });
  });

  // Every target's link and paragraph, per era and language, is checked by the unit tests
  // (lib/link-kit.test.ts, components/link-kit/email-words.test.ts); here, through the form, a
  // page (the announcement, linked in the other language) and an FAQ answer (a fragment, linked in
  // the kit's language), one after the other as Team Commaxx makes several links in a row.
  test(`the ${ui} kit makes the links to a page and to an FAQ answer, with paragraphs to copy, kept across the language switch`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const c = UI[ui];
    await page.goto(KIT[ui]);
    const announcement = ORIGIN + EXPECTED.announcement[other].path;
    await test.step(`the announcement in ${other}: its link and its paragraph in that language`, async () => {
      await makeLink(page, ui, other, 'announcement');
      await expectResult(page, ui, other, announcement, EXPECTED.announcement[other].text(announcement));
    });
    await test.step('the copy buttons copy the link and the paragraph, and say so', async () => {
      await page.getByRole('button', { name: c.copyLink }).click();
      await expect(page.getByRole('status').filter({ hasText: c.linkCopied })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(announcement);
      await page.getByRole('button', { name: c.copyText }).click();
      await expect(page.getByRole('status').filter({ hasText: c.textCopied })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EXPECTED.announcement[other].text(announcement));
    });
    const answer = ORIGIN + EXPECTED['faq-who-qualifies'][ui].path;
    await test.step(`then an FAQ answer in ${ui}: its link with the answer's fragment, and its paragraph`, async () => {
      await makeLink(page, ui, ui, 'faq-who-qualifies');
      await expectResult(page, ui, ui, answer, EXPECTED['faq-who-qualifies'][ui].text(answer));
    });
    await test.step(`switched to the ${other} kit, the result is still there, labelled in ${other}`, async () => {
      await page.getByRole('link', { name: SWITCH_LABEL[ui], exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page).toHaveURL(new RegExp(`^[^?]*${KIT[other]}\\?`));
      await expectResult(page, other, ui, answer, EXPECTED['faq-who-qualifies'][ui].text(answer), { sent: false });
    });
  });

  test(`the ${ui} kit makes prefilled self-check links with only the answers that apply, each opening at its verdict`, async ({
    page,
    request,
  }) => {
    await page.goto(KIT[ui]);
    await test.step(`without an assessment date, in ${ui}: the paragraph leaves the day assessed to the partner`, async () => {
      await makeLink(page, ui, ui, 'self-check-answers', {
        qmth: 'yes',
        csp: 'indirect',
        k80: 'yes',
        k80Date: ['31', '8', '2018'],
      });
      const signed = `${ORIGIN}${PAGES.selfCheck[ui]}?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31#verdict`;
      await expectResult(page, ui, ui, signed, ANSWERS_TEXT[ui](signed));
      // The main e2e server's today is after the deadline. The verdict is rendered by the server,
      // so its HTML is read; the next test opens a link in the browser.
      expect(await verdictOf(request, signed)).toBe('exemption-ended');
    });
    await test.step('not a QMTH partner: the link carries that answer alone, though the rest are still filled in', async () => {
      await makeLink(page, ui, null, null, { qmth: 'no', csp: 'direct', k80: 'no' });
      const notQmth = `${ORIGIN}${PAGES.selfCheck[ui]}?qmth=no#verdict`;
      await expectResult(page, ui, ui, notQmth, ANSWERS_TEXT[ui](notQmth));
      expect(await verdictOf(request, notQmth)).toBe('not-qmth');
    });
  });

  test(`the ${ui} kit reads dates typed the Norwegian way, names the day assessed, is accessible with a result, and its link opens at the verdict`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(KIT[ui]);
    const link = `${ORIGIN}${PAGES.selfCheck[other]}?qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01#verdict`;
    await test.step(`with dates typed the Norwegian way and an assessment date, in ${other}: the paragraph names that day`, async () => {
      // Ordinal dots, and a whole date in the day field.
      await makeLink(page, ui, other, 'self-check-answers', {
        qmth: 'yes',
        csp: 'indirect',
        k80: 'yes',
        k80Date: ['31.', '08.', '2018'],
        asOf: ['1.10.2020', '', ''],
      });
      await expectResult(page, ui, other, link, ANSWERS_TEXT[other](link, '2020-10-01'));
    });
    await test.step('with a result and every answer shown, on a 320 px phone: no WCAG 2.2 A/AA violations', () =>
      expectAccessible(page));
    // The wide screen once, in the default language: at 1280 px nothing wraps for want of room, so
    // the words' language changes nothing axe or the reflow check can see there.
    if (ui === 'nb')
      await test.step('the same result on a 1280 px screen: no WCAG 2.2 A/AA violations', async () => {
        await page.setViewportSize(DESKTOP_1280);
        await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(DESKTOP_1280.width);
        await expectAccessible(page);
      });
    await test.step('"Open the link" opens the self-check at the expected verdict, in the link’s language', async () => {
      await page.getByRole('link', { name: UI[ui].open, exact: true }).click();
      await expect(page).toHaveURL(link.slice(ORIGIN.length));
      await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'exempt');
      await expect(page.locator('html')).toHaveAttribute('lang', other);
    });
  });
}

test('the public pages never link to the kit, and the sitemap leaves it out', async ({ request }) => {
  // What the server sends is what a partner's browser and a search engine get: the reading pages run no script.
  for (const { path } of ALL_PAGES) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain('<nav');
    expect(html, path).not.toMatch(new RegExp(`href="(${KIT.nb}|${KIT.en})`));
  }
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('<loc>');
  expect(sitemap).not.toContain(KIT.nb);
  expect(sitemap).not.toContain(KIT.en);
});

test('errors in the form come back GOV.UK style on a phone: a summary with links, each message beside its field', async ({
  page,
}) => {
  const c = UI.en;
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(KIT.en);
  const summary = page.getByRole('alert', { name: c.summary });
  await test.step('sent empty: the summary takes the focus and links to the first option of each question', async () => {
    await makeLink(page, 'en', null, null);
    await expect(summary.getByRole('listitem')).toHaveText([
      'Select the language of the link',
      'Select what the link should open',
    ]);
    await expect(page).toHaveTitle(`${c.titlePrefix}${c.title}`);
    // The form sends the browser to #outcome: the summary takes the focus, so it is read first.
    await expect(page.locator('#outcome')).toHaveRole('alert');
    await expect(page.locator('#outcome')).toBeFocused();
    await expect(page.locator('fieldset[aria-describedby~="lang-error"] input[aria-invalid="true"]')).toHaveCount(2);
    await expect(page.locator('#lang-error')).toHaveText('Error: Select the language of the link');
    // GOV.UK's convention: a radio group's first option carries the group's name as its id.
    await expect(summary.getByRole('link', { name: 'Select the language of the link' })).toHaveAttribute('href', '#lang');
  });

  const messages = [
    'Select the language of the link',
    'Select how the partner took part in the CSP programme',
    'The signing date must contain only numbers: check the month, for example, 31 8 2018',
    'The assessment date must be a real date',
  ];
  await test.step('wrong answers for a prefilled self-check: each part at fault is marked, and what was typed comes back', async () => {
    // Still no language: the errors on a radio group, a list and the date inputs are on one page for axe below.
    await makeLink(page, 'en', null, 'self-check-answers', {
      qmth: 'yes',
      k80: 'yes',
      k80Date: ['31', 'aug', '2018'],
      asOf: ['30', '2', '2020'],
    });
    await expect(summary.getByRole('listitem')).toHaveText(messages);
    for (const [field, control, message] of [
      ['csp', 'csp', messages[1]],
      ['k80Date', 'k80Date-month', messages[2]],
      ['asOf', 'asOf-day', messages[3]],
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
    await expect(page.getByLabel(c.linkLabel.en)).toHaveCount(0);
  });
  await test.step('with errors, on a 320 px phone: no WCAG 2.2 A/AA violations, and nothing scrolls sideways', () =>
    expectAccessible(page));
  await test.step('a link in the summary moves the focus to the field itself (no history entry)', async () => {
    await summary.getByRole('link', { name: 'The assessment date must be a real date' }).click();
    await expect(page.locator('#asOf-day')).toBeFocused();
    await expect(page.locator('#asOf-day')).toBeInViewport();
  });
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
  const answers = 'target=self-check-answers&qmth=yes&k80=yes';
  const nb = words('nb');
  await page.setViewportSize({ width: 320, height: 800 });
  await test.step('after the assessment date typed: that date in words, beside the other errors', async () => {
    // No language and no CSP answer either: the Norwegian kit's errors on a radio group, a list and
    // the date inputs, on one page for axe.
    await page.goto(`${KIT.nb}?${answers}&k80Day=1&k80Month=11&k80Year=2025&asOfDay=1&asOfMonth=10&asOfYear=2025`);
    await expect(page.getByRole('alert', { name: UI.nb.summary }).getByRole('listitem')).toHaveText([
      nb('LinkKit.errors.langRequired'),
      // The self-check's wording of each answer's error, told of "the partner".
      nb('SelfCheck.errors.required', { field: 'csp', who: 'team' }),
      nb('SelfCheck.errors.dateAfterAsOf', {
        subject: nb('SelfCheck.errors.dateSubject', { field: 'k80Date', who: 'team' }),
        asOf: day('nb', '2025-10-01'),
      }),
    ]);
  });
  await test.step('with errors, on a 320 px phone: no WCAG 2.2 A/AA violations, and nothing scrolls sideways', () =>
    expectAccessible(page));
  await test.step('without an assessment date: compared with today, and says so rather than naming a date never typed', async () => {
    await page.goto(`${KIT.en}?lang=en&csp=none&${answers}&k80Day=1&k80Month=1&k80Year=2099`);
    await expect(page.getByRole('alert', { name: UI.en.summary }).getByRole('listitem')).toHaveText([
      words('en')('SelfCheck.errors.dateAfterToday', {
        subject: words('en')('SelfCheck.errors.dateSubject', { field: 'k80Date', who: 'team' }),
      }),
    ]);
  });
  await test.step('an assessment date before July 2018: the kit says why, in the self-check’s words', async () => {
    await page.goto(`${KIT.en}?lang=en&target=self-check-answers&qmth=no&asOfDay=30&asOfMonth=6&asOfYear=2018`);
    await expect(page.getByRole('alert', { name: UI.en.summary }).getByRole('listitem')).toHaveText([
      words('en')('SelfCheck.errors.asOfBeforeAnnounced', { announced: day('en', '2018-07-01') }),
    ]);
  });
});

test('crafted queries (repeats, absurd lengths, values outside the lists) get errors, never a server error', async ({ page }) => {
  const response = await page.goto(`${KIT.en}?lang=nb&lang=en&target=${'x'.repeat(5000)}&qmth=%00&k80Year=${'9'.repeat(5000)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('alert', { name: UI.en.summary }).getByRole('listitem')).toHaveText([
    words('en')('SelfCheck.errors.repeated'),
    words('en')('SelfCheck.errors.tooLong'),
  ]);
  const odd = await page.goto(`${KIT.en}?lang=de&target=faq-nothing&asOfDay=yesterday`);
  expect(odd?.status()).toBe(200);
  await expect(page.getByRole('alert', { name: UI.en.summary }).getByRole('listitem')).toHaveText([
    words('en')('LinkKit.errors.langInvalid'),
    'Select one of the options in the list',
  ]);
  // Answers sent with another target are ignored: the link is the plain page's.
  await page.goto(`${KIT.en}?lang=en&target=self-check&qmth=maybe`);
  await expect(page.getByLabel(UI.en.linkLabel.en, { exact: true })).toHaveValue(`${ORIGIN}${PAGES.selfCheck.en}`);
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
