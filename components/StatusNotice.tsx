import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { today as todayInOslo } from '@/server/today';
import { statusWords } from './status-words';

type Props = {
  /** @deprecated Ignored: the language is the request's. Passed by the self-check's verdict until it drops it. */
  locale?: Locale;
  /**
   * 'banner': the page's own notice, under the header, in the first phone screen (GOV.UK's
   * notification banner, Designsystemet's alert). 'compact': the same words, repeated where a
   * fragment lands below the banner (a verdict at #verdict, an FAQ answer), so they are in view there too.
   */
  variant?: 'banner' | 'compact';
  /** The compact form's small heading over the status (the verdict's "Where you stand today, …"). */
  label?: string;
  className?: string;
  /** Compact only: a line between the label and the status (a past verdict's "where you stand today"). */
  children?: ReactNode;
};

/**
 * Where the exemption stands today in Oslo, with a heading a partner cannot miss. Pure HTML and
 * CSS: the reading pages ship no JavaScript. Reading today (server/today.ts) is what renders a page
 * per request while the exemption is in force, so "in force" never outlives the deadline.
 */
export async function StatusNotice({ variant = 'banner', label, className = '', children }: Props) {
  const today = await todayInOslo();
  const locale = await getLocale();
  const t = await getTranslations('Status');
  const { state, title, heading, text } = statusWords(t, locale, today);
  const inForce = state === 'in-force';
  const tone = inForce ? 'border-blue-800 bg-blue-50' : 'border-amber-700 bg-amber-50';

  if (variant === 'compact') {
    return (
      <div data-notice="compact" data-notice-state={state} className={`border-l-4 px-4 py-3 ${tone} ${className}`}>
        <p className="text-sm font-semibold tracking-wide text-slate-800 uppercase">{label ?? title}</p>
        {children}
        <p className="mt-1 font-bold text-slate-900">{heading}</p>
        <p className="mt-1 text-slate-900">{text}</p>
      </div>
    );
  }

  // A named region with a real heading, so it is in the page's outline and a screen reader's list
  // of landmarks, not only a coloured strip.
  return (
    <section
      aria-labelledby="status-notice-heading"
      data-exemption-status={state}
      data-notice="banner"
      className={`border-b-4 ${tone} ${className}`}
    >
      <div className="mx-auto max-w-3xl px-4 py-3 sm:px-6">
        <p className="text-sm font-semibold tracking-wide text-slate-800 uppercase">{title}</p>
        <h2 id="status-notice-heading" className="mt-0.5 text-lg leading-snug font-bold text-slate-900 sm:text-xl">
          {heading}
        </h2>
        <p className="mt-1 text-base text-slate-900">{text}</p>
      </div>
    </section>
  );
}
