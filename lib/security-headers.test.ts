import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, FIXED_SECURITY_HEADERS, newNonce } from './security-headers';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('content security policy', () => {
  it('allows a static page exactly its inline scripts by hash, and nothing inline otherwise', () => {
    const policy = directives(contentSecurityPolicy({ hashes: ['sha256-abc=', 'sha256-def='] }));
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-abc='", "'sha256-def='"]);
    for (const [, sources] of policy) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
    }
  });

  it('allows a page rendered per request its scripts by nonce', () => {
    expect(directives(contentSecurityPolicy({ nonce: 'n0nce' })).get('script-src')).toEqual(["'self'", "'nonce-n0nce'"]);
  });

  it('locks down plugins, base, forms and framing', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'x' }));
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('makes a fresh, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it('asks browsers for HTTPS for at least a year and forbids framing and sniffing', () => {
    const headers = new Map(FIXED_SECURITY_HEADERS.map(({ key, value }) => [key, value]));
    expect(Number(/max-age=(\d+)/.exec(headers.get('Strict-Transport-Security') ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(headers.get('X-Frame-Options')).toBe('DENY');
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('Permissions-Policy')).toContain('camera=()');
  });
});
