import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/routing';
import { exemptionStatus } from '@/lib/exemption-status';
import { siteToday } from '@/lib/site-config';

/**
 * Where the exemption stands today in Oslo. Once it has ended it stays ended, so a page built
 * after the deadline may be static. A page that says "in force" would go stale at the deadline,
 * so while the exemption is in force the page is rendered for each request instead.
 */
export async function StatusNotice({ locale }: { locale: Locale }) {
  const status = exemptionStatus(siteToday());
  if (status.state === 'in-force') await connection();
  const t = await getTranslations({ locale, namespace: 'Status' });
  const lastDay = formatDate(locale, status.lastDay);
  const inForce = status.state === 'in-force';

  return (
    <aside
      aria-label={t('label')}
      data-exemption-status={status.state}
      className={inForce ? 'border-b border-emerald-200 bg-emerald-50' : 'border-b border-amber-200 bg-amber-50'}
    >
      <p className="mx-auto max-w-3xl px-4 py-3 text-base text-slate-900 sm:px-6">
        <span aria-hidden="true" className={`mr-2 inline-block h-2.5 w-2.5 rounded-full ${inForce ? 'bg-emerald-700' : 'bg-amber-700'}`} />
        {inForce ? t('inForce', { days: status.daysLeft, lastDay }) : t('ended', { lastDay })}
      </p>
    </aside>
  );
}
