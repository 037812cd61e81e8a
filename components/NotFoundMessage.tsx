import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/lib/locales';

/**
 * The 404 message in one language: what happened and the way home. The 404 page under a language
 * shows it once (app/global-not-found.tsx); the one outside both languages shows it in each
 * (components/BilingualNotFound.tsx), the second under an h2.
 */
export async function NotFoundMessage({ locale, heading: Heading = 'h1' }: { locale: Locale; heading?: 'h1' | 'h2' }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <>
      <Heading className="text-3xl font-bold">{t('title')}</Heading>
      <p className="mt-4 text-lg">{t('text')}</p>
      <p className="mt-6 text-lg">
        <a href={getPathname({ locale, href: '/' })} className="text-blue-800 underline">
          {t('home')}
        </a>
      </p>
    </>
  );
}
