import { ERAS, type Era } from '@/lib/exemption-status';
import type { Locale } from '@/lib/locales';
import type { PageKey } from '@/i18n/routing';

/** The pages that have a link-preview image, by the name their image file carries. */
export const OG_IMAGES = { announcement: '/', faq: '/faq', 'self-check': '/self-check' } as const satisfies Record<
  string,
  PageKey
>;
export type OgImageName = keyof typeof OG_IMAGES;

export const OG_SIZE = { width: 1200, height: 630 };

/**
 * The path of a page's preview image in an era (/og/nb/faq-ended.png), or null for a page without
 * one. The images are made once at build time, one per era, so a page made after the deadline
 * never points to a picture that still says "in force", whenever its build was made.
 */
export function ogImagePath(locale: Locale, page: PageKey, era: Era): string | null {
  const name = (Object.keys(OG_IMAGES) as OgImageName[]).find((key) => OG_IMAGES[key] === page);
  return name ? `/og/${locale}/${ogImageFile(name, era)}` : null;
}

/** The file name of an image: its page's name and its era. */
export const ogImageFile = (name: OgImageName, era: Era) => `${name}-${era}.png`;

/** Reads a file name back into its page and era; null for any other name. */
export function parseOgImageFile(file: string): { name: OgImageName; era: Era } | null {
  for (const name of Object.keys(OG_IMAGES) as OgImageName[]) {
    for (const era of ERAS) if (file === ogImageFile(name, era)) return { name, era };
  }
  return null;
}
