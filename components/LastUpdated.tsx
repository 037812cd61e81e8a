import { getLocale, getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format';
import { parseIsoDate } from '@/lib/calendar-date';
import { today } from '@/server/today';

/**
 * "Last revised", from the content file's own metadata. Not on a day before that date (a page
 * served as of 2020 by SITE_TODAY): a revision it has not had yet would be news from the future.
 */
export async function LastUpdated({ updated }: { updated: string }) {
  const date = parseIsoDate(updated);
  if (!date) throw new Error(`Content metadata has an invalid date: ${updated}`);
  if (date > (await today())) return null;
  const t = await getTranslations('Site');
  const locale = await getLocale();
  return (
    <p className="mt-10 text-sm text-slate-700">
      {t.rich('lastUpdated', {
        date: formatDate(locale, date),
        time: (chunks) => <time dateTime={date}>{chunks}</time>,
      })}
    </p>
  );
}
