import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { BilingualNotFound } from '@/components/BilingualNotFound';
import { NotFoundMessage } from '@/components/NotFoundMessage';
import { PageShell } from '@/components/PageShell';
import { UNKNOWN_LOCALE_HEADER } from '@/server/request-path';
import './globals.css';

/**
 * The one 404 page (experimental.globalNotFound). Every unknown path ends here as an unmatched
 * route, never through notFound(): Next 16 renders an unmatched route to full HTML, where
 * notFound() leaves the body empty until JavaScript runs. Under a language it speaks that
 * language; outside both (/de, /favicon.ico: proxy.ts marks them) it speaks both.
 */
export default async function GlobalNotFound() {
  if ((await headers()).has(UNKNOWN_LOCALE_HEADER)) return <BilingualNotFound />;
  const locale = await getLocale();
  const t = await getTranslations('NotFound');
  const site = await getTranslations('Site');
  return (
    <html lang={locale}>
      <head>
        <title>{`${t('title')} – ${site('publisher')}`}</title>
      </head>
      <body className="bg-white text-slate-900 antialiased">
        <PageShell page={null}>
          <NotFoundMessage locale={locale} />
        </PageShell>
      </body>
    </html>
  );
}
