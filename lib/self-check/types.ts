import type { IsoDate } from '../calendar-date';
import type { KeyDateName } from '../exemption-dates';

/**
 * The self-check's vocabulary: questions, answers, field errors and verdicts. The page, the
 * server action and the rules all speak it; the page turns its ids into words per language.
 */

export const QMTH_OPTIONS = ['yes', 'no'] as const;
export const CSP_OPTIONS = ['direct', 'indirect', 'none'] as const;
export const K80_OPTIONS = ['yes', 'no', 'unsure'] as const;

/** Answers that passed validation. Questions that do not apply are left out. */
export type Answers = {
  qmth: (typeof QMTH_OPTIONS)[number];
  csp?: (typeof CSP_OPTIONS)[number];
  k80?: (typeof K80_OPTIONS)[number];
  /** Present exactly when qmth=yes and k80=yes. */
  k80Date?: IsoDate;
  /** The day the answer is for, from KEY_DATES.announced to today; absent means today in Oslo. qmth and csp describe this day. */
  asOf?: IsoDate;
};

/** What the partner sent, field by field, exactly as typed (trimmed), to fill the form again. */
export type RawAnswers = {
  qmth: string;
  csp: string;
  k80: string;
  k80Day: string;
  k80Month: string;
  k80Year: string;
  asOfDay: string;
  asOfMonth: string;
  asOfYear: string;
};

/** Nothing answered yet. */
export const EMPTY_RAW: Readonly<RawAnswers> = {
  qmth: '',
  csp: '',
  k80: '',
  k80Day: '',
  k80Month: '',
  k80Year: '',
  asOfDay: '',
  asOfMonth: '',
  asOfYear: '',
};

/** The fields an error can belong to; a date's error belongs to the whole date. */
export type ErrorField = 'qmth' | 'csp' | 'k80' | 'k80Date' | 'asOf';

export type ErrorCode =
  /** No answer to a question that applies. */
  | 'required'
  /** An answer that is not one of the question's options. */
  | 'invalid-option'
  /** The same field sent more than once. */
  | 'repeated'
  /** A value longer than any real answer. */
  | 'too-long'
  /** Some of day, month and year are missing (`parts` lists which). */
  | 'date-incomplete'
  /** Day, month or year holds something other than digits (`parts` lists which). */
  | 'date-not-numeric'
  /** A year in numbers, but not 4 of them (`parts` is ['year']). */
  | 'date-year-digits'
  /** Numbers that name no day, such as 31 2 2018 (`parts`: the month when it is not 1 to 12, else the day). */
  | 'date-not-real'
  /** The K80 signing date is after the day assessed (`asOf`: that day, typed or today). */
  | 'date-after-as-of'
  /** The assessment date is after today: a verdict speaks of a day that has come. */
  | 'date-after-today'
  /** The assessment date is before July 2018, when the exemption was announced: it did not exist yet. */
  | 'date-before-announced'
  /** A K80 date before 2000: a typo (the addendum is from 2018), so the partner is asked to check it. */
  | 'date-too-early';

export type DatePart = 'day' | 'month' | 'year';

/** The form's name for each part of each date: one table for the parser, the date input and its links. */
export const DATE_KEYS = {
  k80Date: { day: 'k80Day', month: 'k80Month', year: 'k80Year' },
  asOf: { day: 'asOfDay', month: 'asOfMonth', year: 'asOfYear' },
} as const satisfies Record<'k80Date' | 'asOf', Record<DatePart, keyof RawAnswers>>;
export type DateField = keyof typeof DATE_KEYS;

export type FieldError =
  | { field: ErrorField; code: Exclude<ErrorCode, 'date-after-as-of'>; parts?: DatePart[] }
  /** `asOfIsToday`: the day compared with is today (none was asked, or today's was typed): the words say "today". */
  | { field: 'k80Date'; code: 'date-after-as-of'; asOf: IsoDate; asOfIsToday: boolean; parts?: undefined };

export type ParseResult = { ok: true; answers: Answers; raw: RawAnswers } | { ok: false; errors: FieldError[]; raw: RawAnswers };

export const VERDICT_IDS = ['exempt', 'exemption-ended', 'not-covered', 'direct-csp', 'not-qmth', 'undetermined'] as const;
export type VerdictId = (typeof VERDICT_IDS)[number];

/** Why a verdict was reached, each a sentence the page words in the announcement's terms. */
export type ReasonId =
  | 'not-qmth'
  | 'is-direct-csp'
  | 'k80-signed-in-time'
  | 'k80-signed-late'
  | 'k80-not-signed'
  | 'k80-unknown'
  /** k80 = unsure on a day the exemption had ended: the date can no longer change the answer. */
  | 'k80-no-longer-matters'
  | 'exemption-ended'
  /** exempt (a reseller or not in CSP): not being a Direct CSP partner does not affect QMTH status until the end. */
  | 'not-direct-not-affected'
  /** direct-csp and covered: moving to indirect CSP or leaving CSP would not affect QMTH status until the end. */
  | 'move-not-affected'
  | 'move-would-affect';

export type Verdict = {
  id: VerdictId;
  /** The announcement's statement that decided (./exemption-rules.md: S1 to S4). */
  rule: 'S1' | 'S2' | 'S3';
  reasons: ReasonId[];
  /** The key dates that matter to this verdict, in the order to show them. */
  keyDates: KeyDateName[];
  /** The day assessed. */
  asOf: IsoDate;
  /** Whether the exemption had ended on the day assessed (eraOn: the site's one "ended" predicate). */
  ended: boolean;
  /**
   * For `exempt`, how the end date reads on the day assessed: from the day 31 December 2020 became
   * the end date (1 July 2020), the days left, both counted; before it, that the exemption was
   * extended twice to that day, which nobody knew yet on the day assessed.
   */
  end?: { daysLeft: number } | { extendedLater: true };
};

/**
 * Where the partner stands today, told beside a verdict for an earlier day. Once the exemption has
 * ended it is the same for every partner ('ended'), so it needs no answers about today; before,
 * it is the same answers assessed for today ('in-force'); for a verdict about today, nothing more.
 */
export type Now = { kind: 'same' } | { kind: 'ended' } | { kind: 'in-force'; verdict: Verdict };

/**
 * What to do next, which is always what to do today: the verdict's own step for a verdict about
 * today (or today's verdict before the deadline); after the deadline "keep this result", except
 * after a day in force with an open question: an unknown K80 date, or a partner not covered.
 */
export type NextStep = VerdictId | 'ended' | 'ended-undetermined' | 'ended-not-covered';

/** A verdict for the day asked, where the partner stands today, and what to do next. */
export type Assessment = { verdict: Verdict; now: Now; next: NextStep };
