import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { PageKey } from '@/i18n/routing';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNav } from './MainNav';

export async function SiteHeader({ page, query, fragment }: { page: PageKey | null; query?: string; fragment?: string }) {
  const locale = await getLocale();
  const t = await getTranslations('Site');
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto max-w-3xl px-4 pt-4 pb-2 sm:px-6">
        <div className="flex items-start justify-between gap-4">
          <p className="leading-tight">
            <a href={getPathname({ locale, href: '/' })} className="text-xl font-bold text-slate-900 no-underline">
              {t('name')}
            </a>
            <span className="mt-0.5 block text-sm text-slate-700">{t('tagline')}</span>
          </p>
          <LanguageSwitcher page={page} query={query} fragment={fragment} />
        </div>
        <div className="mt-2">
          <MainNav current={page} />
        </div>
      </div>
    </header>
  );
}
