import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import nb from '@/messages/nb.json';
import { statusWords, type StatusTranslator } from '@/components/status-words';
import type { Locale } from '@/i18n/routing';
import type { IsoDate } from '@/lib/calendar-date';
import { assess } from '@/lib/self-check/assess';
import type { Answers } from '@/lib/self-check/types';
import { verdictToday, verdictWords, type VerdictTranslator } from './verdict-words';

/**
 * Every verdict rendered in words, smart-answers style: one rendering per verdict per era per
 * language, written to rendered/<locale>.txt, a file a reviewer can read as the partner would.
 * A change of wording shows up there as a diff; the assertions below pin what must hold whatever
 * the wording: the tense, the date named, where the partner stands today, the rules after the deadline.
 */

const MESSAGES = { en, nb } as const;
const LOCALES: Locale[] = ['nb', 'en'];

/** The two eras, each as the day the page is made (the e2e builds' days), and a day in the past to assess. */
const BEFORE: IsoDate = '2020-12-30';
const AFTER: IsoDate = '2026-11-26';
const PAST: IsoDate = '2020-10-01';

const ANSWERS: Record<string, Answers> = {
  'covered, reseller': { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: '2018-08-31' },
  'covered, direct': { qmth: 'yes', csp: 'direct', k80: 'yes', k80Date: '2018-08-31' },
  'signed late': { qmth: 'yes', csp: 'none', k80: 'yes', k80Date: '2018-09-01' },
  'not signed': { qmth: 'yes', csp: 'indirect', k80: 'no' },
  'K80 unsure': { qmth: 'yes', csp: 'none', k80: 'unsure' },
  'K80 unsure, direct': { qmth: 'yes', csp: 'direct', k80: 'unsure' },
  'not QMTH': { qmth: 'no' },
};

/** Today, and the day assessed (undefined: today). */
const DAYS: Array<{ era: string; today: IsoDate; asOf?: IsoDate }> = [
  { era: 'before the deadline, for today', today: BEFORE },
  { era: 'before the deadline, for an earlier day', today: BEFORE, asOf: PAST },
  { era: 'after the deadline, for today', today: AFTER },
  { era: 'after the deadline, for a day before it', today: AFTER, asOf: PAST },
];

function render(locale: Locale, answers: Answers, today: IsoDate) {
  const t = createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace: 'SelfCheck.verdict',
  }) as unknown as VerdictTranslator;
  const verdict = assess(answers, today);
  return { verdict, words: verdictWords(t, locale, verdict, verdictToday(answers, verdict, today), answers, today) };
}

function status(locale: Locale, today: IsoDate) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Status' }) as unknown as StatusTranslator;
  return statusWords(t, locale, today);
}

function page(locale: Locale): string {
  const out: string[] = [];
  for (const today of [BEFORE, AFTER]) {
    const s = status(locale, today);
    out.push(`# Status notice, today ${today}`, `${s.title}`, `${s.heading}`, `${s.text}`, '');
  }
  for (const [name, base] of Object.entries(ANSWERS)) {
    for (const { era, today, asOf } of DAYS) {
      const { verdict, words } = render(locale, { ...base, ...(asOf ? { asOf } : {}) }, today);
      out.push(
        `# ${name} · ${era} (today ${today}${asOf ? `, assessed ${asOf}` : ''}) → ${verdict.id}`,
        `heading: ${words.heading}`,
        ...(words.assessedFor ? [`assessed: ${words.assessedFor}`] : []),
        ...(words.daysLeft ? [`days: ${words.daysLeft}`] : []),
        `${words.todayLabel}${words.today ? `: ${words.today}.` : ''}`,
        `next: ${words.next}`,
        ...words.reasons.map((reason) => `why: ${reason}`),
        `announcement: ${words.rule}`,
        '',
      );
    }
  }
  return out.join('\n');
}

describe.each(LOCALES)('verdicts in words (%s)', (locale) => {
  it('renders every verdict in both eras, read as a partner reads it (rendered/<locale>.txt)', async () => {
    const text = page(locale);
    // Every placeholder filled, every key found (next-intl returns the key's path for a missing one).
    expect(text).not.toMatch(/[{}]|SelfCheck\.|Status\./);
    await expect(text).toMatchFileSnapshot(`rendered/${locale}.txt`);
  });

  it('speaks of an earlier day in the past, names it, and says in the same place where things stand today', () => {
    const day = locale === 'nb' ? '1. oktober 2020' : '1 October 2020';
    const todayLabel = locale === 'nb' ? 'I dag' : 'today';
    for (const base of Object.values(ANSWERS)) {
      for (const today of [BEFORE, AFTER]) {
        const { words } = render(locale, { ...base, asOf: PAST }, today);
        expect(words.tense).toBe('past');
        expect(words.heading).toContain(day);
        expect(words.assessedFor).toBeNull();
        expect(words.today).toBeTruthy();
        expect(words.todayLabel.toLowerCase()).toContain(todayLabel.toLowerCase());
        // The present form of the same verdict is never used for a past day.
        expect(words.heading).not.toBe(render(locale, { ...base, asOf: PAST }, PAST).words.heading);
      }
    }
  });

  it('after the deadline, the 1 October 2020 exemption is told in the past, with the days that were left, and what to do is today’s', () => {
    const { verdict, words } = render(locale, { ...ANSWERS['covered, reseller'], asOf: PAST }, AFTER);
    expect(verdict).toMatchObject({ id: 'exempt', daysLeft: 92 });
    const today = render(locale, ANSWERS['covered, reseller'], AFTER);
    expect(today.verdict.id).toBe('exemption-ended');
    expect(words.today).toBe(today.words.heading);
    expect(words.next).toBe(today.words.next);
    expect(words.daysLeft).toContain('92');
    expect(words.daysLeft).not.toBe(render(locale, { ...ANSWERS['covered, reseller'], asOf: PAST }, PAST).words.daysLeft);
  });

  it('after the deadline, "not sure" about K80 ends the exemption for them and never sends them to find the date', () => {
    const unsure = render(locale, ANSWERS['K80 unsure'], AFTER);
    const beforeIt = render(locale, ANSWERS['K80 unsure'], BEFORE);
    expect(unsure.verdict.id).toBe('exemption-ended');
    expect(beforeIt.verdict.id).toBe('undetermined');
    // The covered partner's heading ("it covered you") would claim what we do not know.
    expect(unsure.words.heading).not.toBe(render(locale, ANSWERS['covered, reseller'], AFTER).words.heading);
    expect(unsure.words.next).not.toBe(beforeIt.words.next);
    const find = locale === 'nb' ? /Finn ut om og når/ : /Find out whether and when/;
    expect(beforeIt.words.next).toMatch(find);
    for (const words of [unsure.words, render(locale, ANSWERS['K80 unsure, direct'], AFTER).words]) {
      expect([words.next, ...words.reasons].join(' ')).not.toMatch(find);
    }
  });

  it('after the deadline, not-covered and direct-csp say that the exemption has ended, whatever the K80 answer', () => {
    const ended = locale === 'nb' ? 'er nå utløpt' : 'has now ended';
    for (const name of ['signed late', 'not signed', 'covered, direct', 'K80 unsure, direct']) {
      expect(render(locale, ANSWERS[name], AFTER).words.reasons.join(' '), name).toContain(ended);
      expect(render(locale, ANSWERS[name], BEFORE).words.reasons.join(' '), name).not.toContain(ended);
    }
  });

  it('the status notice has a heading in each era: in force with the days left, then ended with what has applied since', () => {
    const before = status(locale, BEFORE);
    const after = status(locale, AFTER);
    expect(before.heading).toContain(locale === 'nb' ? '2 dager igjen' : '2 days left');
    expect(after.heading).toContain(locale === 'nb' ? '31. desember 2020' : '31 December 2020');
    expect(after.text).toContain(locale === 'nb' ? '1. januar 2021' : '1 January 2021');
    expect(after.heading).not.toBe(before.heading);
  });
});
