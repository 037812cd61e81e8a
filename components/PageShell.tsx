import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { PageKey } from '@/i18n/routing';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { StatusNotice } from './StatusNotice';

type Props = {
  page: PageKey | null;
  query?: string;
  /** Where the language switch lands: `verdict` on a self-check result, which opens there. */
  fragment?: string;
  children: ReactNode;
};

/**
 * What every page has around its content, in the request's language: skip link, header with
 * navigation and language switch, the exemption's status, and the footer. `page` is null where no
 * page of the menu is current (404); `query` is what the language switch keeps (a self-check
 * result's answers).
 */
export async function PageShell({ page, query, fragment, children }: Props) {
  const t = await getTranslations('Site');
  return (
    <>
      <a href="#main" className="skip-link">
        {t('skipLink')}
      </a>
      <SiteHeader page={page} query={query} fragment={fragment} />
      <StatusNotice page={page} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-8 focus:outline-none sm:px-6 sm:py-10">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
