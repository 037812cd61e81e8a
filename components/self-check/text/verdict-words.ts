import 'server-only';
import type { getTranslations } from 'next-intl/server';
import { formatDate, keyDateWords } from '@/i18n/format';
import type { Locale } from '@/lib/locales';
import type { IsoDate } from '@/lib/calendar-date';
import type { Answers, Assessment, Verdict } from '@/lib/self-check/types';

/** The translator of `SelfCheck.verdict`: next-intl's getTranslations on a page, createTranslator in a unit test. */
export type VerdictTranslator = Awaited<ReturnType<typeof getTranslations<'SelfCheck.verdict'>>>;

/**
 * The heading's message. An exemption-ended reached with an unknown K80 date cannot say "it covered
 * you"; on a day the exemption had ended, not-qmth and direct-csp speak of it as ended.
 */
function headingKey(verdict: Verdict): string {
  if (verdict.id === 'exemption-ended' && verdict.reasons.includes('k80-no-longer-matters')) return 'exemption-ended-unsure';
  if (verdict.ended && (verdict.id === 'not-qmth' || verdict.id === 'direct-csp')) return `${verdict.id}-ended`;
  return verdict.id;
}

/**
 * An assessment in words, in one language: what the panel, the page title and the email say. Every
 * decision is the assessment's (lib/self-check/assess.ts); this only chooses the words.
 *
 * A verdict for a day before today speaks of that day in the past ("On 1 October 2020, the
 * exemption covered you") and says, under "Today", where the partner stands now: after the
 * deadline the same for everyone, before it the same answers assessed for today. What to do next
 * is always what to do today (the assessment's `next`). A verdict for today speaks in the present, of an exemption in force
 * or, after the deadline, in the past.
 */
export function verdictWords(
  t: VerdictTranslator,
  locale: Locale,
  { verdict, now, next }: Assessment,
  answers: Answers,
  today: IsoDate,
) {
  const date = (iso: IsoDate) => formatDate(locale, iso);
  // A day before today is the rules' call (whereToday), not the words'.
  const past = now.kind !== 'same';
  // Today's era: a verdict about today has its day's, any other names it in `now`.
  const endedToday = now.kind === 'ended' || (now.kind === 'same' && verdict.ended);
  const values = {
    ...keyDateWords(locale),
    k80Date: answers.k80Date ? date(answers.k80Date) : '',
    date: date(verdict.asOf),
    past: past ? 'yes' : 'no',
    ended: endedToday ? 'yes' : 'no',
  };
  // Keys are built from ids the types list; the parity and rendering tests prove each exists.
  const say = (key: string, extra?: Record<string, string | number>) =>
    t(key as Parameters<VerdictTranslator>[0], { ...values, ...extra });
  const end = verdict.end;
  return {
    tense: past ? ('past' as const) : ('present' as const),
    heading: say(`${past ? 'pastHeading' : 'heading'}.${headingKey(verdict)}`),
    /** Present only: a past heading names its day itself. */
    assessedFor: past ? null : say('assessedFor'),
    /** exempt only: the days left, or, for a day before 31 December 2020 was the end date, how it came to be. */
    end: !end ? null : 'daysLeft' in end ? say('daysLeft', { days: end.daysLeft }) : say('extendedLater'),
    /** For a day before today: "Today, 7 December 2026" and where the partner stands now. */
    today:
      now.kind === 'same'
        ? null
        : {
            label: say(now.kind === 'ended' ? 'todayLabel' : 'todayLabelIfSame', { today: date(today) }),
            text: now.kind === 'ended' ? say('todayEnded') : say(`heading.${headingKey(now.verdict)}`),
          },
    reasons: verdict.reasons.map((reason) => say(`reason.${reason}`)),
    rule: say(`rule.${verdict.rule}`),
    next: say(`next.${next}`),
  };
}

export type VerdictText = ReturnType<typeof verdictWords>;
