'use client';

import { useParams } from 'next/navigation';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ERROR_COPY } from '@/components/error-copy';
import { routing } from '@/i18n/routing';

/**
 * Whatever throws in a page shows this instead of Next's English default: the partner's language
 * (the URL's), a way to try again and a way home. The layout around it, with <html lang>, stays.
 */
export default function LocaleError() {
  const { locale } = useParams<{ locale: string }>();
  const language = routing.locales.find((known) => known === locale) ?? routing.defaultLocale;
  return (
    <main className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <title>{ERROR_COPY[language].title}</title>
      <ErrorMessage locale={language} />
    </main>
  );
}
