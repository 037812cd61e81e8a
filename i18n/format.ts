import { createFormatter } from 'next-intl';
import type { IsoDate } from '@/lib/calendar-date';
import type { Locale } from './routing';

/** The regional variant each language's dates and numbers follow: '31. desember 2020', '31 December 2020'. */
const FORMAT_LOCALE: Record<Locale, string> = { nb: 'nb-NO', en: 'en-GB' };

/**
 * Formats a calendar date in words, in the page's language. The ISO date is read as midnight UTC
 * and formatted in UTC, so the written date is exactly the calendar date: no zone can move it.
 */
export function formatDate(locale: Locale, date: IsoDate): string {
  const format = createFormatter({ locale: FORMAT_LOCALE[locale], timeZone: 'UTC' });
  return format.dateTime(new Date(`${date}T00:00:00Z`), { day: 'numeric', month: 'long', year: 'numeric' });
}
