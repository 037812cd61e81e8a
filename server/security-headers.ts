import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The site's Content-Security-Policy (proxy.ts sets it; next.config.mjs sets the other security
 * headers). A page the build made a document is served as a file without a single script
 * (scripts/documents-adapter.mjs), so its policy is a constant that allows none and a CDN
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

let documents: ReadonlySet<string> | undefined;

/**
 * Whether the build serves this app path (/nb/faq) as a document without scripts: the list the
 * build wrote of the pages it stripped (scripts/documents-adapter.mjs). After the deadline the
 * announcement and the FAQ are; before it (their notice counts the days), in `next dev` and in a
 * build without that list, no page is, and every page gets a nonce. Read once, on the first request.
 */
export function isDocument(appPath: string): boolean {
  if (process.env.NODE_ENV === 'development') return false;
  if (!documents) {
    try {
      const file = join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'app', 'documents.json');
      documents = new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]);
    } catch {
      documents = new Set();
    }
  }
  return documents.has(appPath);
}
