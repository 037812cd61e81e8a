import { createFormatter } from 'next-intl';
import type { IsoDate } from '@/lib/calendar-date';
import type { Locale } from './routing';

/** The regional variant each language's dates follow: '31. desember 2020', '31 December 2020'. */
const FORMAT_LOCALE: Record<Locale, string> = { nb: 'nb-NO', en: 'en-GB' };

// One formatter per language for the life of the server: making one is the costly part, and a
// verdict page writes some twenty dates.
const formatters = new Map<Locale, ReturnType<typeof createFormatter>>();

function formatter(locale: Locale) {
  let format = formatters.get(locale);
  if (!format) {
    format = createFormatter({ locale: FORMAT_LOCALE[locale], timeZone: 'UTC' });
    formatters.set(locale, format);
  }
  return format;
}

/**
 * A date is one unit that a line never breaks ("31." at a line's end, "desember 2020" on the next
 * is hard to read): its spaces are non-breaking (content/STYLE.md).
 */
const unbreakable = (words: string) => words.replace(/ /g, '\u00a0');

/**
 * Formats a calendar date in words, in the page's language. The ISO date is read as midnight UTC
 * and formatted in UTC, so the written date is exactly the calendar date: no zone can move it.
 */
export function formatDate(locale: Locale, date: IsoDate): string {
  return unbreakable(
    formatter(locale).dateTime(new Date(`${date}T00:00:00Z`), { day: 'numeric', month: 'long', year: 'numeric' }),
  );
}

/** The month of a calendar date in words ('juli 2018', 'July 2018'), for a day the source gives only by its month. */
export function formatMonth(locale: Locale, date: IsoDate): string {
  return unbreakable(formatter(locale).dateTime(new Date(`${date}T00:00:00Z`), { month: 'long', year: 'numeric' }));
}
