import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { NotFoundMessage } from './NotFoundMessage';

/**
 * The 404 for a path outside both languages: the site's name and publisher in each language, each
 * leading home, then each language's message with its way home, so a partner who mistyped a link
 * from an email still sees whose site this is and where to go.
 */
export async function BilingualNotFound() {
  const texts = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      t: await getTranslations({ locale, namespace: 'NotFound' }),
      site: await getTranslations({ locale, namespace: 'Site' }),
    })),
  );
  const publisher = texts[0].site('publisher');
  return (
    <html lang={routing.defaultLocale}>
      {/* A whole document of its own (app/global-not-found.tsx has no layout): next/head is the Pages Router's. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <title>{`${texts.map(({ t }) => t('title')).join(' · ')} – ${publisher}`}</title>
      </head>
      <body className="bg-white text-slate-900 antialiased">
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto max-w-3xl px-4 py-4 sm:px-6">
            <p className="text-xl leading-tight font-bold">
              {texts.map(({ locale, site }, index) => (
                <span key={locale}>
                  {index > 0 && <span aria-hidden="true"> · </span>}
                  <a
                    href={getPathname({ locale, href: '/' })}
                    lang={locale}
                    hrefLang={locale}
                    className="text-slate-900 underline decoration-1 underline-offset-4"
                  >
                    {site('name')}
                  </a>
                </span>
              ))}
            </p>
            <p className="mt-0.5 text-sm text-slate-700">{publisher}</p>
          </div>
        </header>
        <main className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
          {routing.locales.map((locale, index) => (
            <section key={locale} lang={locale} className={index > 0 ? 'mt-10 border-t border-slate-200 pt-8' : undefined}>
              <NotFoundMessage locale={locale} heading={index === 0 ? 'h1' : 'h2'} />
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
