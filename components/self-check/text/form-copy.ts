import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDate, keyDateWords } from '@/i18n/format';
import type { IsoDate } from '@/lib/calendar-date';
import { era, today } from '@/server/today';

/**
 * Every word the form shows, put together on the server, so the form's client code carries no
 * messages and no formatting library: only these strings reach the browser.
 *
 * The questions about a situation (QMTH, CSP) ask about the day assessed: "On 1 October 2020, …"
 * when the page knows it (a result's Change form), "On that day, …" once the exemption has ended
 * (the day is the first question), and as now before the deadline, when today is the default.
 */
export async function formCopy(asOf: IsoDate | undefined) {
  const t = await getTranslations('SelfCheck');
  const locale = await getLocale();
  const ended = (await era()) === 'ended';
  const day = { when: asOf ? 'date' : ended ? 'thatDay' : 'now', date: asOf ? formatDate(locale, asOf) : '' };
  const deadline = keyDateWords(locale).k80SigningDeadline;
  return {
    /** Once the exemption has ended, the day comes first and is asked openly. */
    dayFirst: ended,
    submit: t('submit'),
    qmth: { legend: t('qmth.legend', day), hint: t('qmth.hint'), yes: t('qmth.yes'), no: t('qmth.no') },
    csp: {
      legend: t('csp.legend', day),
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
    asOf: {
      summary: t('asOf.summary'),
      legend: t(ended ? 'asOf.legendFirst' : 'asOf.legend'),
      hint: t(ended ? 'asOf.hintFirst' : 'asOf.hint', {
        today: formatDate(locale, await today()),
        announced: keyDateWords(locale).announced,
      }),
    },
    date: { day: t('date.day'), month: t('date.month'), year: t('date.year') },
    errors: { summaryTitle: t('errors.summaryTitle'), titlePrefix: t('errors.titlePrefix'), prefix: t('errors.prefix') },
  };
}

export type FormCopy = Awaited<ReturnType<typeof formCopy>>;
