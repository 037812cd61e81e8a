import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { keyDateWords } from '@/i18n/format';
import { getPathname } from '@/i18n/navigation';
import { routing, type PageKey } from '@/i18n/routing';
import type { Era } from '@/lib/exemption-status';
import type { Locale } from '@/lib/locales';
import { siteUrl } from '@/server/site-config';
import { era } from '@/server/today';
import { OG_SIZE, ogImagePath } from './og-image';

const OG_LOCALE: Record<Locale, string> = { nb: 'nb_NO', en: 'en_GB' };

type PagesTranslator = Awaited<ReturnType<typeof getTranslations<'Pages'>>>;

/**
 * A page's title and description in the era of the day the page is made: `Pages.<page>.title`
 * while the exemption is in force, `Pages.<page>.ended.title` once it has ended (where the page
 * has such a form; the link kit's words do not depend on the day).
 */
export function pageWords(t: PagesTranslator, locale: Locale, page: PageKey, era: Era) {
  const base =
    era === 'ended' && t.has(`${page}.ended.title` as Parameters<PagesTranslator['has']>[0]) ? (`${page}.ended` as const) : page;
  return {
    title: t(`${base}.title` as Parameters<PagesTranslator>[0], keyDateWords(locale)),
    description: t(`${base}.description` as Parameters<PagesTranslator>[0], keyDateWords(locale)),
  };
}

/**
 * Title, description, canonical and language alternates, and link-preview tags for one page, in
 * the request's language.
 */
export async function pageMetadata(page: PageKey): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations('Pages');
  const site = await getTranslations('Site');
  const currentEra = await era();
  const { title, description } = pageWords(t, locale, page, currentEra);
  const path = (l: Locale) => getPathname({ locale: l, href: page });
  const imagePath = ogImagePath(locale, page, currentEra);
  const images = imagePath ? [{ url: imagePath, ...OG_SIZE, alt: title }] : undefined;
  return {
    metadataBase: siteUrl(),
    title: `${title} – ${site('publisher')}`,
    description,
    alternates: {
      canonical: path(locale),
      languages: { ...Object.fromEntries(routing.locales.map((l) => [l, path(l)])), 'x-default': path(routing.defaultLocale) },
    },
    openGraph: {
      type: 'website',
      siteName: site('name'),
      title,
      description,
      url: path(locale),
      locale: OG_LOCALE[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => OG_LOCALE[l]),
      images,
    },
    twitter: { card: 'summary_large_image', title, description, images },
  };
}
