import { getLocale, getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format';
import { getPathname } from '@/i18n/navigation';
import type { PageKey } from '@/i18n/routing';
import { pretendToday } from '@/server/site-config';
import { today } from '@/server/today';
import { statusWords } from './status-words';

type Props = {
  /**
   * The page the banner stands on: while the exemption is in force, the banner leads to the
   * self-check from every page but the self-check itself.
   */
  page?: PageKey | null;
  /**
   * 'banner': the page's own notice, under the header, in the first phone screen (GOV.UK's
   * notification banner, Designsystemet's alert). 'compact': the same words, repeated where a
   * fragment lands below the banner (a deep-linked FAQ answer), so they are in view there too.
   */
  variant?: 'banner' | 'compact';
  className?: string;
};

/** In force: the site's blue; in the last month, red, so a partner sees the deadline is near; ended: amber. */
const TONE = {
  'in-force': 'border-blue-800 bg-blue-50',
  urgent: 'border-red-800 bg-red-50',
  ended: 'border-amber-700 bg-amber-50',
} as const;

/**
 * Where the exemption stands today in Oslo, with a heading a partner cannot miss. Pure HTML and
 * CSS: the reading pages ship no JavaScript. Reading today (server/today.ts) is what renders a page
 * per request while the exemption is in force, so "in force" never outlives the deadline.
 * A page made with a pretend today (SITE_TODAY, tests and previews) says so at the banner's top.
 */
export async function StatusNotice({ page, variant = 'banner', className = '' }: Props) {
  const day = await today();
  const locale = await getLocale();
  const t = await getTranslations('Status');
  const { state, tone, title, heading, text } = statusWords(t, locale, day);

  if (variant === 'compact') {
    return (
      <div
        data-notice="compact"
        data-notice-state={state}
        data-notice-tone={tone}
        className={`border-l-4 px-4 py-3 ${TONE[tone]} ${className}`}
      >
        <p className="text-sm font-semibold tracking-wide text-slate-800 uppercase">{title}</p>
        <p className="mt-1 font-bold text-slate-900">{heading}</p>
        <p className="mt-1 text-slate-900">{text}</p>
      </div>
    );
  }

  const pretend = pretendToday();
  // A named region with a real heading, so it is in the page's outline and a screen reader's list
  // of landmarks, not only a coloured strip.
  return (
    <section
      aria-labelledby="status-notice-heading"
      data-exemption-status={state}
      data-notice="banner"
      data-notice-tone={tone}
      className={`border-b-4 ${TONE[tone]} ${className}`}
    >
      {pretend && (
        <p
          data-pretend-today={pretend}
          className="bg-slate-900 px-4 py-1.5 text-center text-sm font-semibold text-white print:border-b-2 print:bg-white"
        >
          {t('pretendToday', { date: formatDate(locale, pretend) })}
        </p>
      )}
      <div className="mx-auto max-w-3xl px-4 py-3 sm:px-6">
        <p className="text-sm font-semibold tracking-wide text-slate-800 uppercase">{title}</p>
        <h2 id="status-notice-heading" className="mt-0.5 text-lg leading-snug font-bold text-slate-900 sm:text-xl">
          {heading}
        </h2>
        <p className="mt-1 text-base text-slate-900">{text}</p>
        {state === 'in-force' && page !== '/self-check' && (
          <p className="mt-2 text-base">
            <a
              href={getPathname({ locale, href: '/self-check' })}
              data-notice-self-check
              className="font-semibold text-blue-800 underline underline-offset-2"
            >
              {t('selfCheckLink')}
            </a>
          </p>
        )}
      </div>
    </section>
  );
}
