import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/routing';
import { parseIsoDate } from '@/lib/calendar-date';

/** "Last updated", from the content file's own metadata. */
export async function LastUpdated({ locale, updated }: { locale: Locale; updated: string }) {
  const date = parseIsoDate(updated);
  if (!date) throw new Error(`Content metadata has an invalid date: ${updated}`);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <p className="mt-10 text-sm text-slate-700">
      {t.rich('lastUpdated', {
        date: formatDate(locale, date),
        time: (chunks) => <time dateTime={date}>{chunks}</time>,
      })}
    </p>
  );
}
