import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { keyDateWords } from '@/i18n/format';
import { era } from '@/server/today';

/** Under the announcement: the way to the self-check, for the partner who wonders what it means for them. */
export async function SelfCheckInvite() {
  const locale = await getLocale();
  const t = await getTranslations('SelfCheckInvite');
  // After the deadline the check answers for a day up to it, and for today; it no longer asks "does it cover you?".
  const ended = (await era()) === 'ended';
  return (
    <aside aria-labelledby="self-check-invite" className="mt-10 rounded border-2 border-blue-800 bg-blue-50 p-5 print:hidden">
      <h2 id="self-check-invite" className="text-xl font-bold text-slate-900">
        {ended ? t('ended.heading') : t('heading')}
      </h2>
      <p className="mt-1 text-lg text-slate-800">{ended ? t('ended.text', keyDateWords(locale)) : t('text')}</p>
      <p className="mt-3">
        <a
          href={getPathname({ locale, href: '/self-check' })}
          className="inline-block rounded bg-green-800 px-4 py-2 text-lg font-semibold text-white no-underline hover:bg-green-900"
        >
          {t('link')}
        </a>
      </p>
    </aside>
  );
}
