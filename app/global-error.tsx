'use client';

import { ErrorMessage } from '@/components/ErrorMessage';
import { ERROR_COPY } from '@/components/error-copy';
import { routing } from '@/i18n/routing';
import './globals.css';

/**
 * When even the layout fails, this replaces the whole document. It speaks both languages, as the
 * 404 outside both does: it runs with no route params, and reading the language from the address
 * would lean on the same router that may be what failed. Norwegian first, the site's default.
 */
export default function GlobalError() {
  return (
    <html lang={routing.defaultLocale}>
      <body className="bg-white text-slate-900 antialiased">
        <title>{routing.locales.map((locale) => ERROR_COPY[locale].title).join(' · ')}</title>
        <main className="mx-auto max-w-3xl space-y-10 px-4 py-12 sm:px-6">
          {routing.locales.map((locale, index) => (
            <ErrorMessage key={locale} locale={locale} heading={index === 0 ? 'h1' : 'h2'} />
          ))}
        </main>
      </body>
    </html>
  );
}
