import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { PAGES, type PageKey } from '@/i18n/routing';

/**
 * The three pages in the page's language, underlined as links (WCAG 1.4.1: not by colour alone, and
 * a touch screen has no hover); the current one is bold with a thick bar, and marked for assistive
 * technology too.
 */
export async function MainNav({ current }: { current: PageKey | null }) {
  const locale = await getLocale();
  const t = await getTranslations();
  return (
    <nav aria-label={t('Site.mainNav')}>
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {PAGES.map((page) => (
          <li key={page}>
            <a
              href={getPathname({ locale, href: page })}
              aria-current={page === current ? 'page' : undefined}
              className="inline-block py-2 text-blue-800 underline decoration-1 underline-offset-4 hover:decoration-2 aria-[current=page]:font-bold aria-[current=page]:text-slate-900 aria-[current=page]:decoration-blue-800 aria-[current=page]:decoration-4"
            >
              {t(`Pages.${page}.nav`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
