import { getPathname } from './navigation';
import { routing, type Locale, type PageKey } from './routing';

/**
 * The app's own path for a public path: /nb/sporsmal-og-svar is /nb/faq inside the app. The
 * build's prerendered pages are filed under these.
 */
export function internalPath(pathname: string): string | null {
  for (const locale of routing.locales as readonly Locale[]) {
    for (const page of Object.keys(routing.pathnames) as PageKey[]) {
      if (getPathname({ locale, href: page }) === pathname) return page === '/' ? `/${locale}` : `/${locale}${page}`;
    }
  }
  return null;
}
