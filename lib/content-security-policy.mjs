// The site's Content-Security-Policy, in plain JavaScript so that next.config.mjs (which gives
// the prerendered pages their policy) and proxy.ts (every other page) build the same string.
// Types: content-security-policy.d.mts.

/** @param {{ hashes: readonly string[] } | { nonce: string }} scripts */
export function contentSecurityPolicy(scripts) {
  const scriptSources = 'nonce' in scripts ? [`'nonce-${scripts.nonce}'`] : scripts.hashes.map((hash) => `'${hash}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(' ')}`.trim(),
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
