import type { getTranslations } from 'next-intl/server';
import { formatDate, keyDateWords } from '@/i18n/format';
import type { Locale } from '@/lib/locales';
import type { IsoDate } from '@/lib/calendar-date';
import { exemptionStatus } from '@/lib/exemption-status';

/** The translator of `Status`: next-intl's getTranslations on a page, createTranslator in a unit test. */
export type StatusTranslator = Awaited<ReturnType<typeof getTranslations<'Status'>>>;

/** From this many days left, the notice is urgent: the exemption's last month. */
export const URGENT_DAYS_LEFT = 31;

/**
 * The status notice's words on `today`: its small title, its heading (the status) and its one
 * sentence of what applies from 1 January 2021, which is the 2020 announcement's word and says so.
 * `tone` says how loud the notice is: in force, urgent in the last month, or ended.
 */
export function statusWords(t: StatusTranslator, locale: Locale, today: IsoDate) {
  const status = exemptionStatus(today);
  const dates = {
    lastDay: formatDate(locale, status.lastDay),
    statusAffectedFrom: keyDateWords(locale).statusAffectedFrom,
  };
  return status.state === 'in-force'
    ? {
        state: status.state,
        tone: status.daysLeft <= URGENT_DAYS_LEFT ? ('urgent' as const) : ('in-force' as const),
        title: t('title'),
        heading: t('inForce', { ...dates, days: status.daysLeft }),
        text: t('inForceText', dates),
      }
    : { state: status.state, tone: 'ended' as const, title: t('title'), heading: t('ended', dates), text: t('endedText', dates) };
}
