import { getPathname } from '../i18n/navigation';
import { routing, type Locale, type PageKey } from '../i18n/routing';

/**
 * Every public page path and the app's own path for it: /nb/sporsmal-og-svar is /nb/faq inside
 * the app, and the build files its prerendered pages under the latter. Made once, at start-up,
 * so the proxy can route a page without next-intl's middleware on the hot path.
 */
const INTERNAL_PATHS: ReadonlyMap<string, string> = new Map(
  (routing.locales as readonly Locale[]).flatMap((locale) =>
    (Object.keys(routing.pathnames) as PageKey[]).map((page) => [
      getPathname({ locale, href: page }),
      page === '/' ? `/${locale}` : `/${locale}${page}`,
    ]),
  ),
);

export function internalPath(pathname: string): string | null {
  return INTERNAL_PATHS.get(pathname) ?? null;
}
