import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

/** The 404 for a path outside both languages: each language's message, each leading home. */
export async function BilingualNotFound() {
  const texts = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: 'NotFound' }) })),
  );
  return (
    <html lang={routing.defaultLocale}>
      <head>
        <title>{texts.map(({ t }) => t('title')).join(' · ')}</title>
      </head>
      <body className="bg-white text-slate-900 antialiased">
        <main className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
          {texts.map(({ locale, t }, index) => (
            <section key={locale} lang={locale} className={index > 0 ? 'mt-10 border-t border-slate-200 pt-8' : undefined}>
              {index === 0 ? <h1 className="text-3xl font-bold">{t('title')}</h1> : <h2 className="text-3xl font-bold">{t('title')}</h2>}
              <p className="mt-4 text-lg">{t('text')}</p>
              <p className="mt-4 text-lg">
                <a href={getPathname({ locale, href: '/' })} className="text-blue-800 underline">
                  {t('home')}
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
