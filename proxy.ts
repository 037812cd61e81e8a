import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { hasLocale } from 'next-intl';
import { internalPath } from './server/internal-path';
import { routing } from './i18n/routing';
import { localeFromAcceptLanguage } from './server/locale-from-accept-language';
import { refuseBody, refuseRequest, withoutTrailingSlash } from './server/request-guard';
import { canonicalLocalePath, isServablePath, UNKNOWN_LOCALE_HEADER, UNMATCHED_PATH } from './server/request-path';
import { contentSecurityPolicy, isPrerendered, newNonce } from './server/security-headers';
import { serverActionIds } from './server/server-action-ids';

const intlMiddleware = createMiddleware(routing);

/** Files the app serves outside both languages: robots, sitemap, icon and link-preview images. */
const ROOT_FILES = new Set(['/robots.txt', '/sitemap.xml', '/icon.svg']);
const isRootFile = (pathname: string) => ROOT_FILES.has(pathname) || /^\/og\/(nb|en)\/[a-z-]+\.png$/.test(pathname);

/** A short plain answer to a request the site will not handle: no page, no stack trace. */
const refuse = (status: number, reason: string, headers: Record<string, string> = {}) =>
  new NextResponse(`${status} ${reason}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': contentSecurityPolicy(), ...headers },
  });

export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const firstSegment = pathname.split('/')[1];

  // server/request-guard.ts: odd methods, posts without an action, bad origins, unknown action ids.
  const refusal = refuseRequest(
    { method: request.method, appPath: internalPath(pathname), headers: request.headers },
    serverActionIds(),
  );
  if (refusal) return refuse(refusal.status, refusal.reason, refusal.headers);
  const bodyRefusal = request.method === 'POST' ? await refuseBody(request, serverActionIds()) : null;
  if (bodyRefusal) return refuse(bodyRefusal.status, bodyRefusal.reason);
  const slashless = withoutTrailingSlash(pathname);
  if (slashless) {
    const response = NextResponse.redirect(new URL(slashless + request.nextUrl.search, request.url), 308);
    response.headers.set('Content-Security-Policy', contentSecurityPolicy());
    return response;
  }

  // /no, /nn, /nb-NO and /NB are the Norwegian site under another name (server/request-path.ts).
  const aliased = canonicalLocalePath(pathname);
  if (aliased) {
    const response = NextResponse.redirect(new URL(aliased + request.nextUrl.search, request.url), 308);
    response.headers.set('Content-Security-Policy', contentSecurityPolicy());
    return response;
  }

  // The bare domain sends each partner to their language; the answer varies by that header.
  if (pathname === '/') {
    const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
    const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
    response.headers.set('Vary', 'Accept-Language');
    return response;
  }
  if (isRootFile(pathname)) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', contentSecurityPolicy());
    return response;
  }

  // A page Next prerendered is served as a file with no script, under the constant policy; any
  // other page is rendered per request and gets a nonce, which Next reads from the request's
  // policy header and puts on its scripts.
  const appPath = internalPath(pathname);
  const nonce = appPath && isPrerendered(appPath) ? undefined : newNonce();
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  if (nonce) headers.set('Content-Security-Policy', policy);
  const forward = nonce ? { request: { headers } } : undefined;

  let response: NextResponse;
  if (appPath) {
    // One of the site's pages: route it straight to its app route, without next-intl's work.
    response =
      appPath === pathname
        ? NextResponse.next(forward)
        : NextResponse.rewrite(new URL(appPath + request.nextUrl.search, request.url), forward);
  } else if (hasLocale(routing.locales, firstSegment) && isServablePath(pathname)) {
    // Any other path under a language goes through next-intl: an app route under its own name
    // (/nb/faq) is redirected to its public path; a path that is no page is unmatched and gets
    // that language's 404.
    response = intlMiddleware(new NextRequest(request.url, { headers }));
  } else {
    // Anything else, an unknown locale (/de), /favicon.ico or a malformed path (%00, %ZZ), is
    // sent to a path no route matches, never into [locale], so the 404 is rendered in full and
    // no stray segment is taken for a language.
    headers.set(UNKNOWN_LOCALE_HEADER, '1');
    response = NextResponse.rewrite(new URL(UNMATCHED_PATH, request.url), { request: { headers } });
  }
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

// Every path but Next's own static files (exactly /_next/static/…): /_next/static-x, a POST to
// /_next/image and the like meet the guard and get the policy. The image optimizer is off, so
// /_next/image is one more unknown path here (a 404).
export const config = { matcher: ['/((?!_next/static/).*)'] };
