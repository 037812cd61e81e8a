import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { hasLocale } from 'next-intl';
import { routing } from './i18n/routing';
import { localeFromAcceptLanguage } from './server/locale-from-accept-language';
import { refuseBody, refuseRequest, withoutTrailingSlash } from './server/request-guard';
import { canonicalLocalePath, isServablePath, UNKNOWN_LOCALE_HEADER, UNMATCHED_PATH } from './server/request-path';
import { isDocument } from './server/documents';
import { contentSecurityPolicy, newNonce } from './server/security-headers';
import { serverActionIds } from './server/server-action-ids';

const intlMiddleware = createMiddleware(routing);

/** Files the app serves outside both languages: robots, sitemap, icon and link-preview images. */
const ROOT_FILES = new Set(['/robots.txt', '/sitemap.xml', '/icon.svg']);
const OG_IMAGE = new RegExp(`^/og/(${routing.locales.join('|')})/[a-z-]+\\.png$`);
const isRootFile = (pathname: string) => ROOT_FILES.has(pathname) || OG_IMAGE.test(pathname);

/** A response with the policy: the script-free one, or one that lets the scripts with `nonce` run. */
function withPolicy(response: NextResponse, nonce?: string): NextResponse {
  response.headers.set('Content-Security-Policy', contentSecurityPolicy(nonce));
  return response;
}

/** A short plain answer to a request the site will not handle: no page, no stack trace. */
const refuse = (status: number, reason: string, headers: Record<string, string> = {}) =>
  withPolicy(
    new NextResponse(`${status} ${reason}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } }),
  );

/** A permanent redirect to the same query on another path, with the policy. */
const moved = (request: NextRequest, path: string) =>
  withPolicy(NextResponse.redirect(new URL(path + request.nextUrl.search, request.url), 308));

export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const firstSegment = pathname.split('/')[1];

  // server/request-guard.ts: odd methods, posts without an action, bad origins, unknown action ids.
  const refusal = refuseRequest({ method: request.method, path: pathname, headers: request.headers }, serverActionIds());
  if (refusal) return refuse(refusal.status, refusal.reason, refusal.headers);
  const bodyRefusal = request.method === 'POST' ? await refuseBody(request, serverActionIds()) : null;
  if (bodyRefusal) return refuse(bodyRefusal.status, bodyRefusal.reason);
  const slashless = withoutTrailingSlash(pathname);
  if (slashless) return moved(request, slashless);

  // /no, /nn, /nb-NO and /NB are the Norwegian site under another name (server/request-path.ts).
  const aliased = canonicalLocalePath(pathname);
  if (aliased) return moved(request, aliased);

  // The bare domain sends each partner to their language; the answer varies by that header.
  if (pathname === '/') {
    const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
    const response = withPolicy(NextResponse.redirect(new URL(`/${locale}`, request.url), 307));
    response.headers.set('Vary', 'Accept-Language');
    return response;
  }
  if (isRootFile(pathname)) return withPolicy(NextResponse.next());

  // A page rendered per request gets a nonce, which Next reads from the request's policy header
  // and puts on its scripts.
  const nonce = newNonce();
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', contentSecurityPolicy(nonce));

  if (hasLocale(routing.locales, firstSegment) && isServablePath(pathname)) {
    // Every path under a language goes through next-intl: a public path (/nb/sporsmal-og-svar) is
    // rewritten to its app route (/nb/faq), an app route under its own name is redirected to its
    // public path, and a path that is no page is unmatched and gets that language's 404.
    const response = intlMiddleware(new NextRequest(request.url, { headers }));
    // A page Next prerendered is served as a file with no script, under the constant policy.
    const rewrite = response.headers.get('x-middleware-rewrite');
    const appPath = rewrite ? new URL(rewrite).pathname : pathname;
    return withPolicy(response, isDocument(appPath) ? undefined : nonce);
  }
  // Anything else, an unknown locale (/de), /favicon.ico or a malformed path (%00, %ZZ), is sent
  // to a path no route matches, never into [locale], so the 404 is rendered in full and no stray
  // segment is taken for a language.
  headers.set(UNKNOWN_LOCALE_HEADER, '1');
  return withPolicy(NextResponse.rewrite(new URL(UNMATCHED_PATH, request.url), { request: { headers } }), nonce);
}

// Every path but Next's own static files (exactly /_next/static/…): /_next/static-x, a POST to
// /_next/image and the like meet the guard and get the policy. The image optimizer is off, so
// /_next/image is one more unknown path here (a 404). Next's own files stay outside: Next answers a
// method other than GET or HEAD there with a bare 500 (no log line), which the edge refuses first
// (405, deploy/nginx.conf), and passing them through here would cost each file about twice its time
// (measured: 1,840 → 700 requests a second, p50 3.2 → 7.6 ms).
export const config = { matcher: ['/((?!_next/static/).*)'] };
