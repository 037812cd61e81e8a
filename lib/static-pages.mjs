// The pages that skip proxy.ts: the announcement and the FAQ, in every language. After the
// deadline they are prerendered, and Next serves them as files with the headers, rewrites and
// redirects made here (next.config.mjs). Paying for the proxy on every request for them would
// halve how many requests a server answers. proxy.ts's matcher lists the same public paths; Next
// needs it as a literal, so lib/static-pages.test.ts checks the two agree.
// Types: static-pages.d.mts.
import pathnames from '../i18n/pathnames.json' with { type: 'json' };
import { contentSecurityPolicy } from './content-security-policy.mjs';

/** The app's pages that are static once the exemption has ended (keys of i18n/pathnames.json). */
export const PROXY_FREE_PAGES = ['/', '/faq'];

/**
 * The query that sends one of those pages through the proxy after all. A build made before the
 * deadline renders them per request (their notice counts the days left), so they need the proxy's
 * nonce; Next decides at build time which paths the proxy sees, so such a build redirects them
 * here (see staticPageRoutes).
 */
export const LIVE_QUERY = 'live';

/** Every language the path table names: the keys of its translated paths. */
export const LOCALES = Object.keys(Object.values(pathnames).find((path) => typeof path === 'object'));

/** Where a page lives publicly (/nb/sporsmal-og-svar) and inside the app (/nb/faq). */
export function pagePaths(locale, page) {
  const translated = pathnames[page];
  const local = typeof translated === 'string' ? translated : translated[locale];
  return {
    publicPath: local === '/' ? `/${locale}` : `/${locale}${local}`,
    appPath: page === '/' ? `/${locale}` : `/${locale}${page}`,
  };
}

/** Each proxy-free page by its public path, with its app path. */
export function proxyFreePages() {
  return LOCALES.flatMap((locale) => PROXY_FREE_PAGES.map((page) => pagePaths(locale, page)));
}

/**
 * What the second build needs to know from the first: for each proxy-free public path, the
 * hashes of its inline scripts if it was prerendered, or null if it is rendered per request.
 * `hashesByAppPath` is what scripts/prerendered-scripts.mjs found: { '/nb/faq': ['sha256-…'] }.
 */
export function staticPageManifest(hashesByAppPath) {
  return Object.fromEntries(proxyFreePages().map(({ publicPath, appPath }) => [publicPath, hashesByAppPath[appPath] ?? null]));
}

/**
 * next.config.mjs's headers, rewrites and redirects for the proxy-free pages. Without a manifest
 * (`next dev`, or `next build` alone), every page counts as rendered per request.
 */
export function staticPageRoutes(manifest = {}) {
  const pages = proxyFreePages().map((page) => ({ ...page, hashes: manifest[page.publicPath] ?? null }));
  return {
    // A prerendered page's own policy: exactly its inline scripts, by hash.
    headers: pages
      .filter(({ hashes }) => hashes)
      .map(({ publicPath, hashes }) => ({
        source: publicPath,
        headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ hashes }) }],
      })),
    // The proxy would have routed /nb/sporsmal-og-svar to the app's /nb/faq.
    rewrites: pages
      .filter(({ publicPath, appPath }) => publicPath !== appPath)
      .map(({ publicPath, appPath }) => ({ source: publicPath, destination: appPath })),
    // A page rendered per request goes through the proxy for its nonce.
    redirects: pages
      .filter(({ hashes }) => !hashes)
      .map(({ publicPath }) => ({
        source: publicPath,
        missing: [{ type: 'query', key: LIVE_QUERY }],
        destination: `${publicPath}?${LIVE_QUERY}=1`,
        permanent: false,
      })),
  };
}
