import { defineRouting } from 'next-intl/routing';
import pathnames from './pathnames.json';

/**
 * The site's languages and its public paths. The paths are fixed: Team Commaxx puts them in
 * emails, so a change here breaks links partners already have.
 */
export const routing = defineRouting({
  locales: ['nb', 'en'],
  defaultLocale: 'nb',
  localePrefix: 'always',
  // The root redirect picks the language itself (proxy.ts); no cookie is ever set.
  localeDetection: false,
  localeCookie: false,
  // Alternate links are written into each page's head instead (lib/page-routes, issue 4).
  alternateLinks: false,
  // In a JSON file because the build (scripts/build.mjs, next.config.mjs) reads them too. '/links'
  // is Team Commaxx's link kit: served in both languages, but kept out of PAGES and the menu.
  pathnames,
});

export type Locale = (typeof routing.locales)[number];
export type PageKey = keyof typeof routing.pathnames;

/** The three pages of the main navigation, in the order it lists them. */
export const PAGES: readonly PageKey[] = ['/', '/faq', '/self-check'];
