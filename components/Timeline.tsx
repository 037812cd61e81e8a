import { useLocale, useTranslations } from 'next-intl';
import { formatDate } from '@/i18n/format';
import { KEY_DATES, TIMELINE } from '@/lib/exemption-dates';

/** The exemption's key dates as a vertical timeline; the current expiry stands out. */
export function Timeline() {
  const locale = useLocale();
  const t = useTranslations('Timeline');
  return (
    <section aria-labelledby="timeline-heading" className="not-prose my-10">
      <h2 id="timeline-heading" className="text-xl font-semibold text-slate-900">
        {t('heading')}
      </h2>
      <ol className="mt-5 border-l-2 border-slate-300">
        {TIMELINE.map((name) => {
          const current = name === 'finalExpiry';
          return (
            <li key={name} className="relative pb-6 pl-6 last:pb-0">
              <span
                aria-hidden="true"
                className={`absolute top-1.5 -left-[9px] h-4 w-4 rounded-full border-2 ${
                  current ? 'border-blue-800 bg-blue-800' : 'border-slate-500 bg-white'
                }`}
              />
              <time dateTime={KEY_DATES[name]} className={`block font-semibold ${current ? 'text-blue-800' : 'text-slate-900'}`}>
                {formatDate(locale, KEY_DATES[name])}
              </time>
              <span className="block text-slate-700">{t(name)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
