import type { IsoDate } from '@/lib/calendar-date';
import type { Locale } from './routing';

/** The regional variant each language's dates follow: '31. desember 2020', '31 December 2020'. */
const FORMAT_LOCALE: Record<Locale, string> = { nb: 'nb-NO', en: 'en-GB' };

// One formatter per language for the life of the server: making one is the costly part, and a
// verdict page writes some twenty dates.
const formatters = new Map<Locale, Intl.DateTimeFormat>();

/**
 * Formats a calendar date in words, in the given language. The ISO date is read as midnight UTC
 * and formatted in UTC, so the written date is exactly the calendar date: no zone can move it.
 */
export function formatDate(locale: Locale, date: IsoDate): string {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(FORMAT_LOCALE[locale], { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
    formatters.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}
