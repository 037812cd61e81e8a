import { type Locale, type PageKey } from './routing';

/** The pages that have a link-preview image, by the name their image file carries. */
export const OG_IMAGES = { announcement: '/', faq: '/faq', 'self-check': '/self-check' } as const satisfies Record<string, PageKey>;
export type OgImageName = keyof typeof OG_IMAGES;

export const OG_SIZE = { width: 1200, height: 630 };

/** The path of a page's preview image (/og/nb/faq.png), or null for a page without one. */
export function ogImagePath(locale: Locale, page: PageKey): string | null {
  const name = (Object.keys(OG_IMAGES) as OgImageName[]).find((key) => OG_IMAGES[key] === page);
  return name ? `/og/${locale}/${name}.png` : null;
}
