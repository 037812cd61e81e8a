import type { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/routing';
import type { IsoDate } from '@/lib/calendar-date';
import { KEY_DATES } from '@/lib/exemption-dates';
import { assess } from '@/lib/self-check/assess';
import type { Answers, ReasonId, Verdict } from '@/lib/self-check/types';

/** The translator of `SelfCheck.verdict`: next-intl's getTranslations on a page, createTranslator in a unit test. */
export type VerdictTranslator = Awaited<ReturnType<typeof getTranslations<'SelfCheck.verdict'>>>;

/** Reasons whose words change when the day assessed is in the past: they speak of the exemption as in force. */
const PAST_REASONS: ReadonlySet<ReasonId> = new Set(['exemption-in-force', 'move-not-affected-until-2021']);

/**
 * Where the partner stands on `today` with the same answers: the verdict itself when it is for
 * today (or a later day), else the same answers assessed for today. Pure, like assess.
 */
export function verdictToday(answers: Answers, verdict: Verdict, today: IsoDate): Verdict {
  return verdict.asOf < today ? assess({ ...answers, asOf: undefined }, today) : verdict;
}

/** The heading's message: an exemption-ended reached with an unknown K80 date cannot say "it covered you". */
function headingKey(verdict: Verdict): string {
  return verdict.id === 'exemption-ended' && verdict.reasons.includes('k80-no-longer-matters')
    ? 'exemption-ended-unsure'
    : verdict.id;
}

/**
 * A verdict in words, in one language: what the panel, the page title and the email say.
 *
 * A verdict for a day before today speaks of that day in the past ("On 1 October 2020, the
 * exemption covered you") and carries, in `today`, the heading of where the same answers stand
 * today; what to do next is always what to do today. A verdict for today speaks in the present.
 */
export function verdictWords(
  t: VerdictTranslator,
  locale: Locale,
  verdict: Verdict,
  now: Verdict,
  answers: Answers,
  today: IsoDate,
) {
  const date = (iso: IsoDate) => formatDate(locale, iso);
  const dates = {
    k80SigningDeadline: date(KEY_DATES.k80SigningDeadline),
    finalExpiry: date(KEY_DATES.finalExpiry),
    statusAffectedFrom: date(KEY_DATES.statusAffectedFrom),
    k80Date: answers.k80Date ? date(answers.k80Date) : '',
  };
  // Keys are built from ids the types list; the parity and rendering tests prove each exists.
  const say = (key: string, values?: Record<string, string | number>) => t(key as Parameters<VerdictTranslator>[0], values);
  const past = verdict.asOf < today;
  const presentHeading = (v: Verdict) => say(`heading.${headingKey(v)}`);
  return {
    tense: past ? ('past' as const) : ('present' as const),
    heading: past ? say(`pastHeading.${headingKey(verdict)}`, { date: date(verdict.asOf) }) : presentHeading(verdict),
    /** Present only: a past heading names its day itself. */
    assessedFor: past ? null : say('assessedFor', { date: date(verdict.asOf) }),
    daysLeft:
      verdict.daysLeft === undefined
        ? null
        : say(past ? 'daysLeftPast' : 'daysLeft', { days: verdict.daysLeft, lastDay: dates.finalExpiry }),
    todayLabel: say('todayHeading', { date: date(today) }),
    /** For a past day: where the same answers stand today, in the present. */
    today: past ? presentHeading(now) : null,
    reasons: verdict.reasons.map((reason) =>
      say(`${past && PAST_REASONS.has(reason) ? 'pastReason' : 'reason'}.${reason}`, dates),
    ),
    rule: say(`rule.${verdict.rule}`, dates),
    next: say(`next.${now.id}`, dates),
  };
}

export type VerdictText = ReturnType<typeof verdictWords>;
