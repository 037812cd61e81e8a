import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { routing, type Locale, type PageKey } from '@/i18n/routing';

/** A link to the same page in the other language, labelled in that language. */
export async function LanguageSwitcher({ locale, page }: { locale: Locale; page: PageKey | null }) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  const other = routing.locales.find((l) => l !== locale) as Locale;
  return (
    <nav aria-label={t('languageNav')}>
      <a
        href={getPathname({ locale: other, href: page ?? '/' })}
        lang={other}
        hrefLang={other}
        data-language-switch
        className="inline-block rounded border border-slate-400 px-3 py-1.5 text-slate-900 hover:bg-slate-100"
      >
        {t('otherLanguage')}
      </a>
    </nav>
  );
}
