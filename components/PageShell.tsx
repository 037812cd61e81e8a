import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale, PageKey } from '@/i18n/routing';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { StatusNotice } from './StatusNotice';

/**
 * What every page has around its content: skip link, header with navigation and language switch,
 * the exemption's status, and the footer. `page` is null where no page of the menu is current (404);
 * `query` is what the language switch keeps (a self-check result's answers).
 */
type Props = { locale: Locale; page: PageKey | null; query?: string; children: ReactNode };

export async function PageShell({ locale, page, query, children }: Props) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <>
      <a href="#main" className="skip-link">
        {t('skipLink')}
      </a>
      <SiteHeader locale={locale} page={page} query={query} />
      <StatusNotice locale={locale} page={page} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-8 focus:outline-none sm:px-6 sm:py-10">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
