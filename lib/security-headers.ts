/**
 * The site's security policy, in one place. Every response carries the fixed headers; the
 * Content-Security-Policy differs by page: a prerendered page allows exactly its own inline
 * scripts by hash (so it stays static and cacheable), a page rendered per request allows them by
 * a fresh nonce. External scripts come only from the site itself ('self').
 */
import fixedHeaders from './fixed-security-headers.json';

export { contentSecurityPolicy, type ScriptAllowance } from './content-security-policy.mjs';

/**
 * The headers every response carries, whatever its page. They live in a JSON file because
 * next.config.mjs, which sets them, is plain JavaScript and cannot import TypeScript.
 */
export const FIXED_SECURITY_HEADERS: readonly { key: string; value: string }[] = fixedHeaders;

/** A nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
