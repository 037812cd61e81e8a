import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { hasLocale } from 'next-intl';
import { internalPath } from './i18n/internal-path';
import { routing } from './i18n/routing';
import { localeFromAcceptLanguage } from './lib/locale-from-accept-language';
import { checkPost } from './lib/post-guard';
import { isServablePath, UNKNOWN_LOCALE_HEADER, UNMATCHED_PATH } from './lib/request-path';
import { contentSecurityPolicy, isPrerendered, newNonce } from './lib/security-headers';

const intlMiddleware = createMiddleware(routing);

/** Files the app serves outside both languages: robots, sitemap, icon and link-preview images. */
const ROOT_FILES = new Set(['/robots.txt', '/sitemap.xml', '/icon.svg']);
const isRootFile = (pathname: string) => ROOT_FILES.has(pathname) || /^\/og\/(nb|en)\/[a-z-]+\.png$/.test(pathname);

/** A short plain answer to a request the site will not handle: no page, no stack trace. */
const refuse = (status: number, reason: string) =>
  new NextResponse(`${status} ${reason}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** Whether a multipart body parses, without using up the body Next will read after us. */
async function isParsableForm(request: NextRequest): Promise<boolean> {
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) return true;
  try {
    await request.clone().formData();
    return true;
  } catch {
    return false;
  }
}

export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const firstSegment = pathname.split('/')[1];

  if (request.method === 'POST') {
    const rejection = checkPost(request.headers, request.headers.get('host') ?? request.nextUrl.host);
    if (rejection) return refuse(rejection.status, rejection.reason);
    if (!(await isParsableForm(request))) return refuse(400, 'malformed form');
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

// Every path but Next's own static files, as in Next's CSP guide.
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] };
