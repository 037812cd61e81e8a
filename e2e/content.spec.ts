import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { MESSAGES, day, words } from './messages';
import { baseUrl } from './servers';
import { LOCALES, PAGES, type Locale } from './site-pages';

// What the seed announcement and FAQ say, in each language: key sentences, dates in words, names
// as Microsoft writes them, and none of the seed's typos.
const ANNOUNCEMENT = {
  nb: {
    path: '/nb',
    h1: 'Viktig informasjon om Microsofts QMTH-program',
    sentences: [
      'Microsoft kunngjør at det opprinnelige fritaket for QMTH-partnere forlenges med seks måneder, til 31. desember 2020.',
      'QMTH-programmet (Qualified Multitenant Hoster) gir kvalifiserte tredjepartsleverandører av hostingtjenester',
      'signerte SPLA QMTH K80-tillegget senest 31. august 2018',
      'Fritaket skulle utløpe 30. juni 2019, men ble senere forlenget til 30. juni 2020.',
      'Den nye utløpsdatoen er dermed 31. desember 2020.',
      'Det betyr at QMTH-statusen til en eksisterende QMTH-partner ikke påvirkes før 1. januar 2021 hvis partneren',
      'går helt ut av CSP-programmet.',
    ],
    contact: 'kontakte Team Commaxx',
  },
  en: {
    path: '/en',
    h1: 'Important information about Microsoft’s QMTH Program',
    sentences: [
      'Microsoft is extending the original exemption for QMTH partners by six months, to 31 December 2020.',
      'The Qualified Multitenant Hoster (QMTH) Program authorizes qualified third-party hosting service providers',
      'signed the SPLA QMTH K80 addendum by 31 August 2018',
      'The exemption was set to expire on 30 June 2019, but was later extended to 30 June 2020.',
      'The new expiry date is therefore 31 December 2020.',
      'This means that an existing QMTH partner’s QMTH status will not be affected before 1 January 2021 if the partner:',
      'leaves the CSP programme altogether.',
    ],
    contact: 'contact Team Commaxx',
  },
} as const;

/** The FAQ's heading ids: the same in both languages, so a deep link works in either. */
const FAQ_ANCHORS = ['what-changed', 'effect-on-qmth', 'who-qualifies'];

/** The day a content file was last revised, as the file itself says (`export const updated = 'YYYY-MM-DD'`). */
function revised(name: 'announcement' | 'faq', locale: Locale): string {
  const mdx = readFileSync(new URL(`../content/${locale}/${name}.mdx`, import.meta.url), 'utf8');
  const date = /^export const updated = '(\d{4}-\d{2}-\d{2})';$/m.exec(mdx)?.[1];
  if (!date) throw new Error(`content/${locale}/${name}.mdx has no \`export const updated = 'YYYY-MM-DD'\``);
  return date;
}
const revisedTime = (date: string) => new RegExp(`<time[^>]*datetime="${date}"`, 'i');

/** The announcement and the FAQ say when the page was last revised, as a plain line, not as news. */
async function expectRevised(page: Page, locale: Locale, date: string) {
  const text = MESSAGES[locale].Site.lastUpdated.replace('<time>{date}</time>', day(locale, date));
  await expect(page.getByText(text)).toBeVisible();
  await expect(page.locator(`time[datetime="${date}"]`)).toHaveCount(1);
}

const TIMELINE = {
  nb: ['juli 2018', '31. august 2018', '30. juni 2019', '30. juni 2020', '31. desember 2020', '1. januar 2021'],
  en: ['July 2018', '31 August 2018', '30 June 2019', '30 June 2020', '31 December 2020', '1 January 2021'],
};

const FAQ = {
  nb: {
    path: '/nb/sporsmal-og-svar',
    questions: [
      'Hvilke endringer er gjort i kravene til CSP direct bill-partnere, og hvorfor?',
      'Hvordan påvirker disse endringene i CSP-programmet QMTH-partnere?',
      'Hvilke QMTH-partnere omfattes av dette fritaket?',
    ],
    answer: 'Fritaket gjelder alle QMTH-partnere som signerte SPLA QMTH K80-tillegget senest 31. august 2018.',
  },
  en: {
    path: '/en/faq',
    questions: [
      'What changes were made to the requirements for CSP direct bill partners and why?',
      'How do these changes to the CSP program affect QMTH partners?',
      'Which QMTH partners qualify for this exemption?',
    ],
    answer: 'The exemption applies to all QMTH partners who signed the SPLA QMTH K80 addendum on or before 31 August 2018.',
  },
};

// One page load per page and language, with a step for each thing the page must say.
for (const locale of LOCALES) {
  test(`the ${locale} announcement carries the whole announcement, its timeline and the day it was revised`, async ({ page }) => {
    const { path, h1, sentences, contact } = ANNOUNCEMENT[locale];
    await page.goto(path);
    await test.step('the heading and every key sentence, with the contact link', async () => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
      const article = page.locator('article');
      for (const sentence of sentences) await expect(article).toContainText(sentence);
      const mail = article.getByRole('link', { name: contact });
      await expect(mail).toHaveAttribute('href', 'mailto:team-commaxx@example.invalid');
    });
    await test.step('the timeline lists the key dates in order', async () => {
      const items = page.locator('#timeline-heading + ol > li time');
      await expect(items).toHaveText(TIMELINE[locale]);
      // The announcement is known by its month only.
      await expect(items.first()).toHaveAttribute('datetime', '2018-07');
      // Without a verdict, nothing is marked.
      await expect(page.locator('[data-timeline] [data-mark]')).toHaveCount(0);
      await expect(items.last()).toHaveAttribute('datetime', '2021-01-01');
    });
    await test.step('it says when the page was last revised', () => expectRevised(page, locale, revised('announcement', locale)));
  });

  test(`the ${locale} FAQ answers all three questions, under the same anchors and names the link kit uses, and ends with a way on`, async ({
    page,
  }) => {
    const { path, questions, answer } = FAQ[locale];
    const t = words(locale);
    // As a deep link opens it: the way on matters most to a partner who arrived on an answer.
    await page.goto(`${path}#who-qualifies`);
    await test.step('the three questions and the key answer, without the seed’s typos', async () => {
      const headings = page.locator('article h2');
      for (const [index, question] of questions.entries()) await expect(headings.nth(index)).toContainText(question);
      await expect(page.locator('article')).toContainText(answer);
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(/releationships|whi signed|How do these change to/);
    });
    await test.step('the questions have the same anchors in both languages, and the link kit names each by its heading', async () => {
      const ids = await page.locator('article h2[id]').evaluateAll((els) => els.map((el) => el.id));
      expect(ids).toEqual(FAQ_ANCHORS);
      for (const id of FAQ_ANCHORS) await expect(page.locator(`h2#${id}`)).toHaveText(t(`LinkKit.question.${id}`));
    });
    await test.step('after the last answer, the way to the self-check and Team Commaxx', async () => {
      const wayOn = page.getByRole('region', { name: t('Faq.next.heading') });
      const linkText = /<link>(.*?)<\/link>/.exec(MESSAGES[locale].Faq.next.selfCheckEnded)?.[1] ?? '(no link text)';
      await expect(wayOn.getByRole('link', { name: linkText })).toHaveAttribute('href', PAGES.selfCheck[locale]);
      await expect(wayOn.getByRole('link', { name: 'team-commaxx@example.invalid' })).toHaveAttribute(
        'href',
        'mailto:team-commaxx@example.invalid',
      );
      const after = await page.evaluate(() => {
        const last = document.querySelector('#who-qualifies');
        const next = document.querySelector('#faq-next');
        return !!last && !!next && !!(last.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(after).toBe(true);
    });
    await test.step('it says when the page was last revised', () => expectRevised(page, locale, revised('faq', locale)));
  });
}

test('served as of a day before the last revision, the announcement and the FAQ do not announce it', async ({ request }) => {
  // The revision date is server-rendered text; the page's own scripts (this build runs them) add none.
  for (const locale of LOCALES) {
    for (const name of ['announcement', 'faq'] as const) {
      const path = PAGES[name][locale];
      const time = revisedTime(revised(name, locale));
      expect(await (await request.get(path)).text(), path).toMatch(time);
      expect(await (await request.get(baseUrl('beforeDeadline') + path)).text(), path).not.toMatch(time);
    }
  }
});
