import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { KEY_DATES } from '@/lib/exemption-dates';
import { eraOn, type Era } from '@/lib/exemption-status';
import { siteUrl } from '@/server/site-config';
import { today } from '@/server/today';
import { formatDate } from './format';
import { getPathname } from './navigation';
import { OG_SIZE, ogImagePath } from './og-image';
import { routing, type Locale, type PageKey } from './routing';

const OG_LOCALE: Record<Locale, string> = { nb: 'nb_NO', en: 'en_GB' };

/** The key dates in words, for messages that name them ({announced}, {finalExpiry}, {k80SigningDeadline}, {statusAffectedFrom}). */
export function keyDateArgs(locale: Locale) {
  return {
    announced: formatDate(locale, KEY_DATES.announced),
    finalExpiry: formatDate(locale, KEY_DATES.finalExpiry),
    k80SigningDeadline: formatDate(locale, KEY_DATES.k80SigningDeadline),
    statusAffectedFrom: formatDate(locale, KEY_DATES.statusAffectedFrom),
  };
}

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
    title: t(`${base}.title` as Parameters<PagesTranslator>[0], keyDateArgs(locale)),
    description: t(`${base}.description` as Parameters<PagesTranslator>[0], keyDateArgs(locale)),
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
  const era = eraOn(await today());
  const { title, description } = pageWords(t, locale, page, era);
  const path = (l: Locale) => getPathname({ locale: l, href: page });
  const imagePath = ogImagePath(locale, page, era);
  const images = imagePath ? [{ url: imagePath, ...OG_SIZE, alt: title }] : undefined;
  return {
    metadataBase: siteUrl(),
    title: `${title} – ${site('publisher')}`,
    description,
    alternates: {
      canonical: path(locale),
      languages: { nb: path('nb'), en: path('en'), 'x-default': path(routing.defaultLocale) },
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
