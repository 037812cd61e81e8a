import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { hasLocale } from 'next-intl';
import { routing } from './i18n/routing';
import { localeFromAcceptLanguage } from './lib/locale-from-accept-language';
import { isServablePath, UNKNOWN_LOCALE_HEADER, UNMATCHED_PATH } from './lib/request-path';

const intlMiddleware = createMiddleware(routing);

/** Files the app serves outside both languages: robots, sitemap, icon and link-preview images. */
const ROOT_FILES = new Set(['/robots.txt', '/sitemap.xml', '/icon.svg']);
const isRootFile = (pathname: string) => ROOT_FILES.has(pathname) || /^\/og\/(nb|en)\/[a-z-]+\.png$/.test(pathname);

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const firstSegment = pathname.split('/')[1];

  // The bare domain sends each partner to their language; the answer varies by that header.
  if (pathname === '/') {
    const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
    const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
    response.headers.set('Vary', 'Accept-Language');
    return response;
  }

  // Under a language: next-intl maps the public paths (/nb/sporsmal-og-svar) onto the app's
  // routes (/nb/faq); a path that is none of them is unmatched and gets that language's 404.
  if (hasLocale(routing.locales, firstSegment) && isServablePath(pathname)) return intlMiddleware(request);
  if (isRootFile(pathname)) return NextResponse.next();

  // Anything else, an unknown locale (/de), /favicon.ico or a malformed path (%00, %ZZ), is sent
  // to a path no route matches, never into [locale], so the 404 is rendered in full and no
  // stray segment is taken for a language.
  const headers = new Headers(request.headers);
  headers.set(UNKNOWN_LOCALE_HEADER, '1');
  return NextResponse.rewrite(new URL(UNMATCHED_PATH, request.url), { request: { headers } });
}

export const config = {
  matcher: ['/((?!_next/static|_next/image).*)'],
};
