import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/routing';
import type { IsoDate } from '@/lib/calendar-date';
import { KEY_DATES } from '@/lib/exemption-dates';

/**
 * Every word the form shows, put together on the server, so the form's client code carries no
 * messages and no formatting library: only these strings reach the browser.
 */
export async function formCopy(locale: Locale, today: IsoDate) {
  const t = await getTranslations({ locale, namespace: 'SelfCheck' });
  const deadline = formatDate(locale, KEY_DATES.k80SigningDeadline);
  return {
    submit: t('submit'),
    qmth: { legend: t('qmth.legend'), hint: t('qmth.hint'), yes: t('qmth.yes'), no: t('qmth.no') },
    csp: {
      legend: t('csp.legend'),
      hint: t('csp.hint'),
      direct: t('csp.direct'),
      indirect: t('csp.indirect'),
      none: t('csp.none'),
    },
    k80: {
      legend: t('k80.legend'),
      hint: t('k80.hint', { deadline }),
      yes: t('k80.yes'),
      no: t('k80.no'),
      unsure: t('k80.unsure'),
    },
    k80Date: { legend: t('k80Date.legend'), hint: t('k80Date.hint') },
    asOf: { summary: t('asOf.summary'), legend: t('asOf.legend'), hint: t('asOf.hint', { today: formatDate(locale, today) }) },
    date: { day: t('date.day'), month: t('date.month'), year: t('date.year') },
    errors: { summaryTitle: t('errors.summaryTitle'), titlePrefix: t('errors.titlePrefix'), prefix: t('errors.prefix') },
  };
}

export type FormCopy = Awaited<ReturnType<typeof formCopy>>;
