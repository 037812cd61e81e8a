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
