import { LOCALES } from '../lib/locales';

/**
 * Whether a request path is one the site could ever serve: well-formed percent-encoding and no
 * control characters once decoded. Anything else (`%00`, `%ZZ`) is answered with a 404 at once,
 * before the router can trip over it.
 */
export function isServablePath(rawPath: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return false;
  }
  return !/[\u0000-\u001f\u007f]/.test(decoded);
}

/** Set by proxy.ts on a request for a path outside every language, so the 404 speaks both. */
export const UNKNOWN_LOCALE_HEADER = 'x-site-unknown-locale';

/** A path no route matches: rewriting to it makes Next render the 404 page as full HTML. */
export const UNMATCHED_PATH = '/nb/__not-found__';

/**
 * Other ways of writing Norwegian that partners type or paste (/no, /nn, /nb-NO, /NB): each leads to
 * the Bokmål site, the rest of the path kept. /nn goes there too, as the site has no Nynorsk.
 */
const LOCALE_ALIASES: Record<string, string> = {
  no: 'nb',
  nn: 'nb',
  'nb-no': 'nb',
  'no-no': 'nb',
  'nn-no': 'nb',
  ...Object.fromEntries(LOCALES.map((locale) => [locale, locale])),
};

/** Where a path under such an alias belongs (`/nb-NO/fritakssjekk` → `/nb/fritakssjekk`), or null. */
export function canonicalLocalePath(pathname: string): string | null {
  const [, first = '', ...rest] = pathname.split('/');
  const locale = LOCALE_ALIASES[first.toLowerCase()];
  if (!locale || locale === first) return null;
  return ['', locale, ...rest].join('/');
}
