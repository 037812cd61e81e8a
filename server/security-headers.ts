import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The site's Content-Security-Policy (proxy.ts sets it; next.config.mjs sets the other security
 * headers). A page Next prerendered at build time is served as a file without a single script
 * (scripts/strip-prerendered-scripts.mjs), so its policy is a constant that allows none and a CDN
 * may cache it with the page. A page rendered per request allows its scripts by a fresh nonce.
 */
export function contentSecurityPolicy(nonce?: string): string {
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}'` : "script-src 'none'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

let prerendered: ReadonlySet<string> | undefined;

/**
 * Whether Next prerendered this app path (/nb/faq) at build time, by the build's own
 * prerender-manifest.json: after the deadline the announcement and the FAQ are; before it (their
 * notice counts the days) and in `next dev`, no page is. Read once, on the first request.
 */
export function isPrerendered(appPath: string): boolean {
  if (process.env.NODE_ENV === 'development') return false;
  if (!prerendered) {
    try {
      const file = join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'prerender-manifest.json');
      prerendered = new Set(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { routes: object }).routes));
    } catch {
      prerendered = new Set();
    }
  }
  return prerendered.has(appPath);
}
