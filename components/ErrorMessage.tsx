'use client';

import { ERROR_COPY } from '@/components/error-copy';
import type { Locale } from '@/lib/locales';

/** What an error page says in one language: what happened, and two ways on (again, or home). */
export function ErrorMessage({ locale, heading: Heading = 'h1' }: { locale: Locale; heading?: 'h1' | 'h2' }) {
  const copy = ERROR_COPY[locale];
  return (
    <section lang={locale}>
      <Heading className="text-3xl font-bold">{copy.title}</Heading>
      <p className="mt-4 text-lg">{copy.text}</p>
      <p className="mt-6 flex flex-wrap items-center gap-4 text-lg">
        {/* A full load, not React's reset(): whatever broke the render gets a fresh start. */}
        <button type="button" className="action-button" onClick={() => window.location.reload()}>
          {copy.retry}
        </button>
        <a href={`/${locale}`} className="text-blue-800 underline underline-offset-2">
          {copy.home}
        </a>
      </p>
    </section>
  );
}
