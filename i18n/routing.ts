import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from '../lib/locales';

/**
 * The site's languages and its public paths. The paths are fixed: Team Commaxx puts them in
 * emails, so a change here breaks links partners already have.
 */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'always',
  // The root redirect picks the language itself (proxy.ts); no cookie is ever set.
  localeDetection: false,
  localeCookie: false,
  // Alternate links are written into each page's head instead (app/_metadata/page-metadata.ts).
  alternateLinks: false,
  // '/links' is Team Commaxx's link kit: served in both languages, but kept out of PAGES and the menu.
  pathnames: {
    '/': '/',
    '/faq': { nb: '/sporsmal-og-svar', en: '/faq' },
    '/self-check': { nb: '/fritakssjekk', en: '/self-check' },
    '/links': { nb: '/lenker', en: '/links' },
  },
});

export type PageKey = keyof typeof routing.pathnames;

/** The three pages of the main navigation, in the order it lists them. */
export const PAGES = ['/', '/faq', '/self-check'] as const satisfies readonly PageKey[];
