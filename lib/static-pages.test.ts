import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { contentSecurityPolicy } from './content-security-policy.mjs';
import { LIVE_QUERY, LOCALES, PROXY_FREE_PAGES, proxyFreePages, staticPageManifest, staticPageRoutes } from './static-pages.mjs';

const PUBLIC_PATHS = ['/nb', '/nb/sporsmal-og-svar', '/en', '/en/faq'];

describe('the pages that skip the proxy', () => {
  it('are the announcement and the FAQ, at the paths next-intl gives them in every language', () => {
    expect(LOCALES).toEqual(routing.locales);
    const expected = routing.locales.flatMap((locale) =>
      PROXY_FREE_PAGES.map((page) => getPathname({ locale, href: page as '/' | '/faq' })),
    );
    expect(proxyFreePages().map((page) => page.publicPath)).toEqual(expected);
    expect(expected).toEqual(PUBLIC_PATHS);
  });

  it('are exactly the paths proxy.ts leaves out, and let in with a body, an action or the live query', () => {
    const [everything, ...guarded] = config.matcher;
    const skipped = /\(\?!([^)]*)\)/.exec(everything as string)![1].split('|').filter((path) => path.endsWith('$'));
    expect(skipped.map((path) => '/' + path.slice(0, -1)).sort()).toEqual([...PUBLIC_PATHS].sort());
    expect(guarded.map((entry) => (typeof entry === 'string' ? entry : entry.has))).toEqual([
      [{ type: 'header', key: 'content-type' }],
      [{ type: 'header', key: 'next-action' }],
      [{ type: 'query', key: LIVE_QUERY }],
    ]);
    for (const entry of guarded) {
      const group = /\(([^)]*)\)$/.exec(typeof entry === 'string' ? entry : entry.source)![1];
      expect(group.split('|').map((path) => '/' + path).sort()).toEqual([...PUBLIC_PATHS].sort());
    }
  });
});

describe('what Next does with them', () => {
  const hashes = { '/nb': ['sha256-a='], '/nb/faq': ['sha256-b='], '/en': ['sha256-c='], '/en/faq': ['sha256-d='] };

  it('gives a prerendered page its own scripts by hash, at its public path', () => {
    const routes = staticPageRoutes(staticPageManifest(hashes));
    expect(routes.headers).toContainEqual({
      source: '/nb/sporsmal-og-svar',
      headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ hashes: ['sha256-b='] }) }],
    });
    expect(routes.headers).toHaveLength(4);
    expect(routes.redirects).toEqual([]);
  });

  it('serves a translated path from the app route it stands for', () => {
    expect(staticPageRoutes(staticPageManifest(hashes)).rewrites).toEqual([{ source: '/nb/sporsmal-og-svar', destination: '/nb/faq' }]);
    expect(staticPageRoutes().rewrites).toEqual([{ source: '/nb/sporsmal-og-svar', destination: '/nb/faq' }]);
  });

  it('sends a page rendered per request through the proxy, and gives it no hash policy', () => {
    // A build before the deadline: the announcement counts days, so nothing of these is prerendered.
    const routes = staticPageRoutes(staticPageManifest({ '/nb/self-check': ['sha256-x='] }));
    expect(routes.headers).toEqual([]);
    expect(routes.redirects.map((r) => [r.source, r.destination])).toEqual(
      PUBLIC_PATHS.map((path) => [path, `${path}?${LIVE_QUERY}=1`]),
    );
    // Once there, the query stops the redirect: no loop.
    for (const redirect of routes.redirects) expect(redirect.missing).toEqual([{ type: 'query', key: LIVE_QUERY }]);
    expect(staticPageRoutes().redirects).toHaveLength(4);
  });
});
