import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import nb from '@/messages/nb.json';
import { statusWords, type StatusTranslator } from '@/components/status-words';
import { LOCALES, type Locale } from '@/lib/locales';
import type { IsoDate } from '@/lib/calendar-date';
import { eraOn } from '@/lib/exemption-status';
import { assessWithToday } from '@/lib/self-check/assess';
import { parseAnswers } from '@/lib/self-check/parse-answers';
import { answersToQuery } from '@/lib/self-check/result-link';
import type { Answers } from '@/lib/self-check/types';
import { fieldErrorWords, type ErrorTranslator } from '@/components/forms/text/field-errors';
import { verdictWords, type VerdictTranslator } from './verdict-words';

/**
 * Every verdict rendered in words, smart-answers style: every answer set on every kind of day in
 * both eras and both languages, written to ../rendered/<locale>.txt, a file a reviewer can read as
 * the partner would. A change of wording shows up there as a diff; the assertions below pin what
 * must hold whatever the wording: the tense, the day named, where the partner stands today, what
 * is known on the day assessed, and that no sentence is said twice.
 */

const MESSAGES = { en, nb } as const;

/** The two eras, each as the day the page is made (the e2e builds' days). */
const BEFORE: IsoDate = '2020-12-30';
const AFTER: IsoDate = '2026-11-26';
/** Days to assess: from 1 July 2020 (31 December 2020 the end date), before it, and after the deadline. */
const PAST: IsoDate = '2020-10-01';
const EARLY: IsoDate = '2019-03-01';
const LATER: IsoDate = '2021-06-01';

const ANSWERS: Record<string, Answers> = {
  'covered, reseller': { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: '2018-08-31' },
  'covered, not in CSP': { qmth: 'yes', csp: 'none', k80: 'yes', k80Date: '2018-03-14' },
  'covered, direct': { qmth: 'yes', csp: 'direct', k80: 'yes', k80Date: '2018-08-31' },
  'signed late': { qmth: 'yes', csp: 'none', k80: 'yes', k80Date: '2018-09-01' },
  'not signed': { qmth: 'yes', csp: 'indirect', k80: 'no' },
  'not signed, direct': { qmth: 'yes', csp: 'direct', k80: 'no' },
  'K80 unsure': { qmth: 'yes', csp: 'none', k80: 'unsure' },
  'K80 unsure, direct': { qmth: 'yes', csp: 'direct', k80: 'unsure' },
  // Not a QMTH partner on the day assessed (whether it is one today is never asked).
  'not QMTH on the day': { qmth: 'no' },
};

/** Today, and the day assessed (undefined: today). */
const DAYS: Array<{ era: string; today: IsoDate; asOf?: IsoDate }> = [
  { era: 'before the deadline, for today', today: BEFORE },
  { era: 'before the deadline, for a day from 1 July 2020', today: BEFORE, asOf: PAST },
  { era: 'before the deadline, for a day before 1 July 2020', today: BEFORE, asOf: EARLY },
  { era: 'after the deadline, for today', today: AFTER },
  { era: 'after the deadline, for a day from 1 July 2020', today: AFTER, asOf: PAST },
  { era: 'after the deadline, for a day before 1 July 2020', today: AFTER, asOf: EARLY },
  { era: 'after the deadline, for a day after it', today: AFTER, asOf: LATER },
];

function render(locale: Locale, answers: Answers, today: IsoDate) {
  const t = createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace: 'SelfCheck.verdict',
  }) as unknown as VerdictTranslator;
  const assessment = assessWithToday(answers, today);
  return { ...assessment, words: verdictWords(t, locale, assessment, answers, today) };
}

/** What the partner reads for a result link, errors included, as the page parses it. */
function errorsFor(locale: Locale, query: string, today: IsoDate, who: 'partner' | 'team'): string[] {
  const parsed = parseAnswers(new URLSearchParams(query), { source: 'link', today });
  if (parsed.ok) throw new Error(`${query} parsed`);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'SelfCheck.errors' }) as unknown as ErrorTranslator;
  return fieldErrorWords(t, locale, parsed.errors, eraOn(today), who).map((error) => error.message);
}

const ERROR_LINKS: Array<[string, string, IsoDate]> = [
  ['a day before July 2018', 'qmth=yes&csp=indirect&k80=yes&k80Date=2018-03-14&asOf=2018-06-30', AFTER],
  ['a day to come', 'qmth=no&asOf=2027-01-01', AFTER],
  ['a K80 date after the day assessed', 'qmth=yes&csp=none&k80=yes&k80Date=2020-11-01&asOf=2020-10-01', AFTER],
  ['a K80 date before 2000', 'qmth=yes&csp=none&k80=yes&k80Date=0201-08-31&asOf=2020-10-01', AFTER],
  ['nothing answered but the day', 'asOf=2020-10-01&qmth=', AFTER],
  ['QMTH yes, the rest missing', 'qmth=yes&asOf=2020-10-01', AFTER],
  ['nothing answered, before the deadline', 'qmth=', BEFORE],
  ['QMTH yes, the rest missing, before the deadline', 'qmth=yes', BEFORE],
];

function status(locale: Locale, today: IsoDate) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Status' }) as unknown as StatusTranslator;
  return statusWords(t, locale, today);
}

/** Every sentence a verdict panel shows, in its order (the status notice above the page is not in the panel). */
function sentences(words: ReturnType<typeof render>['words']): string[] {
  return [words.heading, words.assessedFor, words.end, words.today?.text, words.next, ...words.reasons, words.rule]
    .filter((text): text is string => !!text)
    .flatMap((text) => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u));
}

function page(locale: Locale): string {
  const out: string[] = [];
  for (const today of [BEFORE, AFTER]) {
    const s = status(locale, today);
    out.push(`# Status notice, today ${today} (above every page)`, `${s.title}`, `${s.heading}`, `${s.text}`, '');
  }
  for (const [name, base] of Object.entries(ANSWERS)) {
    for (const { era, today, asOf } of DAYS) {
      const answers = { ...base, ...(asOf ? { asOf } : {}) };
      const { verdict, words } = render(locale, answers, today);
      out.push(
        `# ${name} · ${era} (today ${today}${asOf ? `, assessed ${asOf}` : ''}) → ${verdict.id}`,
        `link: ?${answersToQuery(answers)}`,
        `heading: ${words.heading}`,
        ...(words.assessedFor ? [`assessed: ${words.assessedFor}`] : []),
        ...(words.end ? [`end: ${words.end}`] : []),
        ...(words.today ? [`${words.today.label}: ${words.today.text}`] : []),
        `next: ${words.next}`,
        ...words.reasons.map((reason) => `why: ${reason}`),
        `announcement: ${words.rule}`,
        '',
      );
    }
  }
  for (const [name, query, today] of ERROR_LINKS) {
    out.push(`# Error · ${name} (today ${today})`, `link: ?${query}`);
    out.push(...errorsFor(locale, query, today, 'partner').map((message) => `self-check: ${message}`));
    out.push(...errorsFor(locale, query, today, 'team').map((message) => `link kit: ${message}`), '');
  }
  return out.join('\n');
}

describe.each(LOCALES)('verdicts in words (%s)', (locale) => {
  const day = (iso: IsoDate) =>
    new Intl.DateTimeFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })
      .format(new Date(`${iso}T00:00:00Z`))
      // A date never breaks across lines: its spaces are non-breaking (content/STYLE.md).
      .replace(/ /g, '\u00a0');

  it('renders every answer set on every kind of day in both eras, and the errors (rendered/<locale>.txt)', async () => {
    const text = page(locale);
    // Every placeholder filled, every key found (next-intl returns the key's path for a missing one).
    expect(text).not.toMatch(/[{}]|SelfCheck\.|Status\./);
    await expect(text).toMatchFileSnapshot(`../rendered/${locale}.txt`);
  });

  it('no sentence twice in a verdict', () => {
    for (const base of Object.values(ANSWERS)) {
      for (const { today, asOf } of DAYS) {
        const all = sentences(render(locale, { ...base, ...(asOf ? { asOf } : {}) }, today).words);
        expect(all.length, JSON.stringify(all)).toBe(new Set(all).size);
      }
    }
  });

  it('speaks of an earlier day in the past, names it, and says under "today" where things stand now', () => {
    for (const base of Object.values(ANSWERS)) {
      for (const today of [BEFORE, AFTER]) {
        const { words } = render(locale, { ...base, asOf: PAST }, today);
        expect(words.tense).toBe('past');
        expect(words.heading).toContain(day(PAST));
        expect(words.assessedFor).toBeNull();
        expect(words.today?.label).toContain(day(today));
        // The present form of the same verdict is never used for a past day.
        expect(words.heading).not.toBe(render(locale, { ...base, asOf: PAST }, PAST).words.heading);
      }
    }
  });

  it('a verdict for today says its day once, with no "today" box to repeat it', () => {
    for (const today of [BEFORE, AFTER]) {
      const { words } = render(locale, ANSWERS['covered, reseller'], today);
      expect(words.today).toBeNull();
      expect(words.assessedFor).toContain(day(today));
    }
  });

  it('after the deadline, today is the same for every partner, whatever the answers about the day', () => {
    const todays = Object.values(ANSWERS).map((base) => render(locale, { ...base, asOf: PAST }, AFTER).words.today?.text);
    expect(new Set(todays).size).toBe(1);
    expect(todays[0]).toContain(
      locale === 'nb' ? 'Ifølge Microsofts kunngjøring fra 2020' : 'According to Microsoft’s 2020 announcement',
    );
  });

  it('days left up to 31 December 2020 only from 1 July 2020; for an earlier day, the two extensions that came later', () => {
    const from = render(locale, { ...ANSWERS['covered, reseller'], asOf: PAST }, AFTER).words.end;
    expect(from).toContain('92');
    const early = render(locale, { ...ANSWERS['covered, reseller'], asOf: EARLY }, AFTER).words.end ?? '';
    expect(early).not.toMatch(/\d+ (days|dager)/);
    for (const iso of ['2019-06-30', '2020-06-30', '2020-12-31'] as const) expect(early).toContain(day(iso));
  });

  it('one day left reads in the singular', () => {
    const last = render(locale, { ...ANSWERS['covered, reseller'], asOf: '2020-12-31' }, AFTER).words.end;
    expect(last).toBe(
      locale === 'nb'
        ? 'Det var 1 dag igjen av fritaket, til og med 31.\u00a0desember\u00a02020.'
        : 'The exemption had 1 day left, up to and including 31\u00a0December\u00a02020.',
    );
  });

  it('exempt tells a reseller what not being Direct CSP does, never "if you move"; direct-csp keeps the move', () => {
    const move = locale === 'nb' ? /Hvis dere går over|Hadde dere .*gått over/ : /If you move|Had you moved/;
    for (const today of [BEFORE, AFTER]) {
      for (const asOf of [PAST, EARLY]) {
        const exempt = render(locale, { ...ANSWERS['covered, reseller'], asOf }, today).words;
        expect(exempt.reasons.join(' ')).not.toMatch(move);
        expect(exempt.reasons.join(' ')).toContain(day('2021-01-01'));
      }
    }
    expect(render(locale, ANSWERS['covered, direct'], BEFORE).words.reasons.join(' ')).toMatch(move);
  });

  it('after the deadline, "not sure" about K80 ends the exemption for them and never sends them to find the date', () => {
    const unsure = render(locale, ANSWERS['K80 unsure'], AFTER);
    const beforeIt = render(locale, ANSWERS['K80 unsure'], BEFORE);
    expect(unsure.verdict.id).toBe('exemption-ended');
    expect(beforeIt.verdict.id).toBe('undetermined');
    const find = locale === 'nb' ? /Finn ut om og når/ : /Find out whether and when/;
    expect(beforeIt.words.next).toMatch(find);
    for (const words of [unsure.words, render(locale, ANSWERS['K80 unsure, direct'], AFTER).words]) {
      expect([words.next, ...words.reasons].join(' ')).not.toMatch(find);
    }
  });

  it('after the deadline, a past day’s open question gets its own next step: where to find the K80 date, or why not covered', () => {
    const signedCopy = locale === 'nb' ? 'det signerte eksemplaret' : 'your signed copy';
    for (const asOf of [PAST, EARLY]) {
      const unsure = render(locale, { ...ANSWERS['K80 unsure'], asOf }, AFTER);
      expect(unsure.verdict.id).toBe('undetermined');
      expect(unsure.words.next).toContain(signedCopy);
      expect(unsure.words.next).toContain(day(asOf));
      const notSigned = render(locale, { ...ANSWERS['not signed'], asOf }, AFTER);
      expect(notSigned.verdict.id).toBe('not-covered');
      expect(notSigned.words.next).toMatch(locale === 'nb' ? /ikke var Direct CSP-partner/ : /were not a Direct CSP partner/);
      expect(notSigned.words.next).toContain(day(asOf));
    }
  });

  it('a required answer’s error asks as its question does: about that day after the deadline, in the present before', () => {
    const [after] = errorsFor(locale, 'asOf=2020-10-01&qmth=', AFTER, 'partner');
    const [before] = errorsFor(locale, 'qmth=', BEFORE, 'partner');
    expect(after).toBe(
      locale === 'nb' ? 'Velg om dere var QMTH-partner den dagen' : 'Select whether you were a QMTH partner on that day',
    );
    expect(before).toBe(locale === 'nb' ? 'Velg om dere er QMTH-partner' : 'Select whether you are a QMTH partner');
  });

  it('a statement about the time after 2020 is the 2020 announcement’s', () => {
    const attributed =
      locale === 'nb'
        ? /Ifølge (Microsofts kunngjøring fra 2020|kunngjøringen)/
        : /According to (Microsoft’s 2020 announcement|the announcement)/;
    for (const base of Object.values(ANSWERS)) {
      const words = render(locale, base, AFTER).words;
      for (const sentence of [words.next, ...words.reasons]) {
        if (/can affect|kan (det )?påvirke|must, among other things|må .*blant annet/.test(sentence))
          expect(sentence).toMatch(attributed);
      }
    }
  });

  it('errors: a day before July 2018 says why, for both forms', () => {
    const [partner] = errorsFor(locale, 'qmth=no&asOf=2018-06-30', AFTER, 'partner');
    const [team] = errorsFor(locale, 'qmth=no&asOf=2018-06-30', AFTER, 'team');
    expect(partner).toContain(day('2018-07-01'));
    expect(team).toBe(partner);
  });
});
