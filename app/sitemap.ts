import type { MetadataRoute } from 'next';
import { getPathname } from '@/i18n/navigation';
import { PAGES, routing } from '@/i18n/routing';
import { siteUrl } from '@/server/site-config';

/** The six public pages, each with its other language and x-default as alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const url = (locale: (typeof routing.locales)[number], page: (typeof PAGES)[number]) =>
    new URL(getPathname({ locale, href: page }), siteUrl()).toString();
  return routing.locales.flatMap((locale) =>
    PAGES.map((page) => ({
      url: url(locale, page),
      alternates: {
        languages: {
          ...Object.fromEntries(routing.locales.map((l) => [l, url(l, page)])),
          'x-default': url(routing.defaultLocale, page),
        },
      },
    })),
  );
}
