import { z } from 'zod';
import { isRealDate, toIsoDate, type IsoDate } from '../calendar-date';
import { KEY_DATES } from '../exemption-dates';
import {
  CSP_OPTIONS,
  EMPTY_RAW,
  K80_OPTIONS,
  QMTH_OPTIONS,
  type Answers,
  DATE_KEYS,
  type DateField,
  type DatePart,
  type ErrorField,
  type FieldError,
  type ParseResult,
  type RawAnswers,
} from './types';

/**
 * Reads and validates the self-check's answers, from the form (one field per date part) or from
 * a result link (`?qmth=yes&csp=indirect&k80=yes&k80Date=2018-03-14&asOf=2020-10-01`).
 *
 * Whatever arrives (missing fields, repeated fields, files, megabytes of unicode), the result is
 * a ParseResult, never an exception: the page shows every problem next to its field and fills
 * the form again with what the partner typed, cut to a harmless length.
 *
 * Validation, per field, first problem wins (so at most one error per field):
 *   repeated → too-long → a file instead of text → the field's own checks below.
 *   qmth     always applies: '' → required; not yes|no → invalid-option.
 *   csp, k80 apply only when qmth is yes. With qmth=no they are ignored entirely; with qmth
 *            missing or invalid they are not judged either (we cannot tell whether they apply).
 *   k80Date  applies only when qmth=yes and k80=yes: all parts empty → required; then
 *            date-not-numeric (checked on the parts given, each listed) → date-incomplete
 *            (missing parts in order day, month, year) → date-year-digits → date-not-real
 *            (the month when it is not 1–12, else the day) → date-after-as-of (with the day
 *            compared with, and whether that is today). A date before 2000 is date-too-early: a typo, to check.
 *            Dates are read the way Norwegians write them before they are judged (readDate):
 *            '31.' and '08.' are 31 and 8; a whole date typed or pasted into one part
 *            ('31.08.2018', '31/8/2018', '2018-08-31') fills all three when the others are empty,
 *            and '31.08' in the day fills day and month when the month is empty.
 *   asOf     always applies and is optional: all parts empty → absent (today is assessed).
 *            Otherwise the same date checks, then date-after-today (a verdict speaks of a day
 *            as it was or is, never of one still to come) and date-before-announced (before
 *            KEY_DATES.announced the exemption did not exist). A K80 date is compared with asOf when asOf is valid,
 *            with today when asOf is empty, and not at all while asOf itself is wrong (its
 *            error is shown; a comparison with a date the partner did not mean would mislead).
 * Errors come in question order: qmth, csp, k80, k80Date, asOf.
 */

/** A K80 date before this is a typo (the addendum is from 2018): the partner is asked to check the year. */
const EARLIEST_K80_DATE: IsoDate = '2000-01-01';

/** No real answer is longer; longer values are an error and are cut before being echoed. */
export const MAX_VALUE_LENGTH = 100;

type Input = URLSearchParams | FormData;
type RawKey = keyof RawAnswers;
type OptionField = 'qmth' | 'csp' | 'k80';

const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/** The form's field names, each with the field its errors belong to. */
const FORM_FIELDS: Record<RawKey, ErrorField> = {
  qmth: 'qmth',
  csp: 'csp',
  k80: 'k80',
  k80Day: 'k80Date',
  k80Month: 'k80Date',
  k80Year: 'k80Date',
  asOfDay: 'asOf',
  asOfMonth: 'asOf',
  asOfYear: 'asOf',
};

const QMTH = z.enum(QMTH_OPTIONS);
const CSP = z.enum(CSP_OPTIONS);
const K80 = z.enum(K80_OPTIONS);

// ASCII digits only, checked before `Number`, which would also take '1e1', '0x1f' or '1.0'.
const DIGITS = z.string().regex(/^[0-9]+$/);
const YEAR = z.string().length(4);

/** What people put between a date's numbers: 31.08.2018, 31/8/2018, 31-8-2018, 31 8 2018. */
const SEPARATOR = /[./\-\s]+/;

/** A result link's date: loose enough for '2018-8-31'; any other shape goes whole to readDate. */
const LINK_DATE = /^(\d{1,4})-(\d{1,2})-(\d{1,2})$/;

/** '31.' → '31': Norwegian writes a day and a month as ordinals, with a full stop. */
const dropOrdinalDot = (text: string) => text.trim().replace(/^([0-9]+)\.$/, '$1');

/** The groups of digits in one field, when it holds nothing else ('31.08.2018' → 31, 08, 2018). */
function digitGroups(text: string): string[] | null {
  const groups = text.replace(/\.$/, '').split(SEPARATOR);
  return groups.length > 1 && groups.every((group) => DIGITS.safeParse(group).success) ? groups : null;
}

/**
 * A date's parts as the partner meant them. Nothing is guessed beyond what the shape says: a
 * whole date in one field fills the three only when the other two are empty, year first only
 * when the first group has four digits; anything else is judged as typed.
 */
function readDate(typed: Record<DatePart, string>): Record<DatePart, string> {
  const filled = DATE_PARTS.filter((part) => typed[part].trim() !== '');
  const whole = filled.length === 1 ? digitGroups(typed[filled[0]].trim()) : null;
  if (whole?.length === 3) {
    const [first, second, third] = whole;
    return first.length === 4 ? { year: first, month: second, day: third } : { day: first, month: second, year: third };
  }
  const dayAndMonth = typed.month.trim() === '' ? digitGroups(typed.day.trim()) : null;
  if (dayAndMonth?.length === 2) return { day: dayAndMonth[0], month: dayAndMonth[1], year: dropOrdinalDot(typed.year) };
  return { day: dropOrdinalDot(typed.day), month: dropOrdinalDot(typed.month), year: dropOrdinalDot(typed.year) };
}

/** The raw answers plus what the raw text alone cannot show. */
type Reading = {
  raw: RawAnswers;
  repeated: Set<ErrorField>;
  tooLong: Set<ErrorField>;
  /** Sent as a file upload rather than as text. */
  notText: Set<ErrorField>;
};

type Entry = { text: string; count: number; tooLong: boolean; notText: boolean };

function emptyReading(): Reading {
  const raw: RawAnswers = { ...EMPTY_RAW };
  return { raw, repeated: new Set(), tooLong: new Set(), notText: new Set() };
}

/** Cuts to MAX_VALUE_LENGTH without leaving half of a surrogate pair at the end. */
function truncate(text: string): string {
  const cut = text.slice(0, MAX_VALUE_LENGTH);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

function fileName(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string') {
    return value.name;
  }
  return '';
}

/** The first value sent under `name`, trimmed and cut, with how many values were sent. */
function readEntry(input: Input, name: string): Entry {
  const values: readonly unknown[] = input.getAll(name);
  const first = values[0];
  const notText = first !== undefined && typeof first !== 'string';
  const text = (typeof first === 'string' ? first : fileName(first)).trim();
  const tooLong = text.length > MAX_VALUE_LENGTH;
  return { text: tooLong ? truncate(text) : text, count: values.length, tooLong, notText };
}

function note(reading: Reading, field: ErrorField, entry: Entry): void {
  if (entry.count > 1) reading.repeated.add(field);
  if (entry.tooLong) reading.tooLong.add(field);
  if (entry.notText) reading.notText.add(field);
}

function readForm(input: Input): Reading {
  const reading = emptyReading();
  for (const key of Object.keys(FORM_FIELDS) as RawKey[]) {
    const entry = readEntry(input, key);
    reading.raw[key] = entry.text;
    note(reading, FORM_FIELDS[key], entry);
  }
  return reading;
}

function readLink(input: Input): Reading {
  const reading = emptyReading();
  for (const field of ['qmth', 'csp', 'k80'] as const) {
    const entry = readEntry(input, field);
    reading.raw[field] = entry.text;
    note(reading, field, entry);
  }
  for (const field of ['k80Date', 'asOf'] as const) {
    const entry = readEntry(input, field);
    const keys = DATE_KEYS[field];
    const match = LINK_DATE.exec(entry.text);
    // Anything else goes whole into the year, where readDate reads '31.08.2018' too, and where
    // the partner sees anything unreadable again.
    const [year, month, day] = match ? match.slice(1) : [entry.text, '', ''];
    reading.raw[keys.day] = day;
    reading.raw[keys.month] = month;
    reading.raw[keys.year] = year;
    note(reading, field, entry);
  }
  return reading;
}

type Check<T> = { value: T } | { error: FieldError };

/** The problems every field can have before its own rules are asked. */
function transportError(reading: Reading, field: ErrorField): FieldError | null {
  if (reading.repeated.has(field)) return { field, code: 'repeated' };
  if (reading.tooLong.has(field)) return { field, code: 'too-long' };
  return null;
}

function checkOption<T extends string>(reading: Reading, field: OptionField, schema: z.ZodType<T>): Check<T> {
  const early = transportError(reading, field);
  if (early) return { error: early };
  if (reading.notText.has(field)) return { error: { field, code: 'invalid-option' } };
  const value = reading.raw[field];
  if (value === '') return { error: { field, code: 'required' } };
  const parsed = schema.safeParse(value);
  return parsed.success ? { value: parsed.data } : { error: { field, code: 'invalid-option' } };
}

/** A date from its three parts; undefined when optional and left empty. */
function checkDate(reading: Reading, field: DateField, optional: boolean): Check<IsoDate | undefined> {
  const early = transportError(reading, field);
  if (early) return { error: early };
  if (reading.notText.has(field)) return { error: { field, code: 'date-not-numeric' } };

  const keys = DATE_KEYS[field];
  const parts = readDate({ day: reading.raw[keys.day], month: reading.raw[keys.month], year: reading.raw[keys.year] });
  const given = DATE_PARTS.filter((part) => parts[part] !== '');
  if (given.length === 0) return optional ? { value: undefined } : { error: { field, code: 'required' } };
  const notNumeric = given.filter((part) => !DIGITS.safeParse(parts[part]).success);
  if (notNumeric.length > 0) return { error: { field, code: 'date-not-numeric', parts: notNumeric } };
  const missing = DATE_PARTS.filter((part) => parts[part] === '');
  if (missing.length > 0) return { error: { field, code: 'date-incomplete', parts: missing } };
  // A 2-digit year is not guessed: 18 could be 2018 or 1918, and the rules turn on the century.
  if (!YEAR.safeParse(parts.year).success) return { error: { field, code: 'date-year-digits', parts: ['year'] } };

  const [year, month, day] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  if (!isRealDate(year, month, day)) {
    const wrong: DatePart = month < 1 || month > 12 ? 'month' : year < 1 ? 'year' : 'day';
    return { error: { field, code: 'date-not-real', parts: [wrong] } };
  }
  return { value: toIsoDate(year, month, day) };
}

function validate(reading: Reading, today: IsoDate): ParseResult {
  const errors: FieldError[] = [];
  const keep = <T>(check: Check<T>): T | undefined => {
    if ('error' in check) {
      errors.push(check.error);
      return undefined;
    }
    return check.value;
  };

  // asOf is checked first because the K80 date is compared with it, but its error is kept
  // until last so that errors stay in question order.
  let asOfCheck = checkDate(reading, 'asOf', true);
  if ('value' in asOfCheck && asOfCheck.value !== undefined) {
    // Only days the exemption can speak of: from its announcement to today.
    if (asOfCheck.value > today) asOfCheck = { error: { field: 'asOf', code: 'date-after-today' } };
    else if (asOfCheck.value < KEY_DATES.announced) asOfCheck = { error: { field: 'asOf', code: 'date-before-announced' } };
  }

  const qmth = keep(checkOption(reading, 'qmth', QMTH));
  let csp: Answers['csp'];
  let k80: Answers['k80'];
  let k80Date: IsoDate | undefined;
  if (qmth === 'yes') {
    csp = keep(checkOption(reading, 'csp', CSP));
    k80 = keep(checkOption(reading, 'k80', K80));
    if (k80 === 'yes') {
      let k80Check = checkDate(reading, 'k80Date', false);
      if ('value' in k80Check && k80Check.value !== undefined && k80Check.value < EARLIEST_K80_DATE) {
        k80Check = { error: { field: 'k80Date', code: 'date-too-early', parts: ['year'] } };
      }
      if ('value' in k80Check && k80Check.value !== undefined && 'value' in asOfCheck) {
        const assessed = asOfCheck.value ?? today;
        if (k80Check.value > assessed) {
          k80Check = { error: { field: 'k80Date', code: 'date-after-as-of', asOf: assessed, asOfIsToday: assessed === today } };
        }
      }
      k80Date = keep(k80Check);
    }
  }
  const asOf = keep(asOfCheck);

  if (errors.length > 0 || qmth === undefined) return { ok: false, errors, raw: reading.raw };

  // Only the answers that apply, and no keys with undefined values, so answers compare cleanly.
  const answers: Answers = { qmth };
  if (csp !== undefined) answers.csp = csp;
  if (k80 !== undefined) answers.k80 = k80;
  if (k80Date !== undefined) answers.k80Date = k80Date;
  if (asOf !== undefined) answers.asOf = asOf;
  return { ok: true, answers, raw: reading.raw };
}

/**
 * Reads the answers (form field names or result-link names) and validates them.
 * `today` is the date in Europe/Oslo, injected so that nothing here reads a clock; it is the
 * day assessed when asOf is left empty.
 */
export function parseAnswers(
  input: URLSearchParams | FormData,
  options: { source: 'form' | 'link'; today: IsoDate },
): ParseResult {
  const reading = options.source === 'link' ? readLink(input) : readForm(input);
  return validate(reading, options.today);
}
