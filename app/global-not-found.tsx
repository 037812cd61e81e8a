import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { BilingualNotFound } from '@/components/BilingualNotFound';
import { PageShell } from '@/components/PageShell';
import { getPathname } from '@/i18n/navigation';
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
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p className="mt-4 text-lg">{t('text')}</p>
          <p className="mt-6 text-lg">
            <a href={getPathname({ locale, href: '/' })} className="text-blue-800 underline">
              {t('home')}
            </a>
          </p>
        </PageShell>
      </body>
    </html>
  );
}
