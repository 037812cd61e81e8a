import type { IsoDate } from '@/lib/calendar-date';
import { KEY_DATES } from '@/lib/exemption-dates';
import type { Locale } from '@/lib/locales';

/** The regional variant each language's dates follow: '31. desember 2020', '31 December 2020'. */
const FORMAT_LOCALE: Record<Locale, string> = { nb: 'nb-NO', en: 'en-GB' };

const DAY = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const MONTH = { month: 'long', year: 'numeric' } as const;

// One formatter per language and shape for the life of the server: making one is the costly part,
// and a verdict page writes some twenty dates. Formatted in UTC, from midnight UTC (below).
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, shape: typeof DAY | typeof MONTH): Intl.DateTimeFormat {
  const key = `${locale}:${shape === DAY ? 'day' : 'month'}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(FORMAT_LOCALE[locale], { ...shape, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/**
 * A date is one unit that a line never breaks ("31." at a line's end, "desember 2020" on the next
 * is hard to read): its spaces are non-breaking (content/STYLE.md).
 */
const unbreakable = (words: string) => words.replace(/ /g, '\u00a0');

/**
 * Formats a calendar date in words, in the given language. The ISO date is read as midnight UTC
 * and formatted in UTC, so the written date is exactly the calendar date: no zone can move it.
 */
export function formatDate(locale: Locale, date: IsoDate): string {
  return unbreakable(formatter(locale, DAY).format(new Date(`${date}T00:00:00Z`)));
}

/** The month of a calendar date in words ('juli 2018', 'July 2018'), for a day the source gives only by its month. */
export function formatMonth(locale: Locale, date: IsoDate): string {
  return unbreakable(formatter(locale, MONTH).format(new Date(`${date}T00:00:00Z`)));
}

export type KeyDateWords = Record<keyof typeof KEY_DATES, string>;
const keyDates = new Map<Locale, KeyDateWords>();

/**
 * Every key date in words, named as KEY_DATES names it, for the messages that name them
 * ({announced}, {finalExpiry}, …): the one way a key date is put into words.
 */
export function keyDateWords(locale: Locale): KeyDateWords {
  let words = keyDates.get(locale);
  if (!words) {
    words = Object.fromEntries(Object.entries(KEY_DATES).map(([name, date]) => [name, formatDate(locale, date)])) as KeyDateWords;
    keyDates.set(locale, words);
  }
  return words;
}
