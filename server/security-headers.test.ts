import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce } from './security-headers';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('content security policy', () => {
  it('allows a prerendered page, which has no script, no script at all', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('script-src')).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).toBe(contentSecurityPolicy());
  });

  it('allows a page rendered per request its own scripts by nonce, and nothing inline otherwise', () => {
    const policy = directives(contentSecurityPolicy('n0nce'));
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-n0nce'"]);
    for (const [, sources] of policy) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
    }
  });

  it('locks down plugins, base, forms and framing on every page', () => {
    for (const policy of [contentSecurityPolicy(), contentSecurityPolicy('x')].map(directives)) {
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('form-action')).toEqual(["'self'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('default-src')).toEqual(["'self'"]);
    }
  });

  it('makes a fresh, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
