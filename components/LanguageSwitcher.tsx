import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { routing, type PageKey } from '@/i18n/routing';

type Props = { page: PageKey | null; query?: string; fragment?: string };

/**
 * A link to the same page in the other language, labelled in that language. It keeps the query
 * (a self-check result stays the same result), which the server knows. A #fragment it cannot see,
 * so the page names the one that matters: a result opens at its verdict (`fragment="verdict"`), in
 * either language, with or without JavaScript; other pages land at their top.
 */
export async function LanguageSwitcher({ page, query, fragment }: Props) {
  const locale = await getLocale();
  const t = await getTranslations('Site');
  const [other] = routing.locales.filter((l) => l !== locale);
  const href = getPathname({ locale: other, href: page ?? '/' }) + (query ? `?${query}` : '') + (fragment ? `#${fragment}` : '');
  return (
    <nav aria-label={t('languageNav')}>
      <a
        href={href}
        lang={other}
        hrefLang={other}
        className="inline-block rounded border border-slate-400 px-3 py-1.5 text-slate-900 hover:bg-slate-100"
      >
        {t('otherLanguage')}
      </a>
    </nav>
  );
}
