import { useLocale } from 'next-intl';
import { formatDate } from '@/i18n/format';
import { KEY_DATES, type KeyDateName } from '@/lib/exemption-dates';

/** One of the exemption's key dates, written in the page's language; the texts use it for every date. */
export function KeyDate({ name }: { name: KeyDateName }) {
  const locale = useLocale();
  const date = KEY_DATES[name];
  return <time dateTime={date}>{formatDate(locale, date)}</time>;
}
