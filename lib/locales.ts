/**
 * The site's languages, the one list every part reads (the router, the link kit, the proxy):
 * Norwegian Bokmål, the default and the language most partners read, then English.
 */
export const LOCALES = ['nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nb';
