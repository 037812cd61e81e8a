import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { PAGES, type Locale, type PageKey } from '@/i18n/routing';

/** The three pages in the page's language; the current one is marked for assistive technology too. */
export async function MainNav({ locale, current }: { locale: Locale; current: PageKey | null }) {
  const t = await getTranslations({ locale });
  return (
    <nav aria-label={t('Site.mainNav')}>
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {PAGES.map((page) => (
          <li key={page}>
            <a
              href={getPathname({ locale, href: page })}
              aria-current={page === current ? 'page' : undefined}
              className="inline-block py-2 text-slate-800 underline-offset-4 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-blue-800 aria-[current=page]:underline aria-[current=page]:decoration-2"
            >
              {t(`Pages.${page}.nav`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
