import { describe, expect, it } from 'vitest';
import { checkPost, MAX_POST_BYTES, requestHost } from './post-guard';

const post = (headers: Record<string, string>) => checkPost(new Headers({ host: 'partner.example', ...headers }));
const ok = { origin: 'https://partner.example', 'content-length': '120', 'content-type': 'multipart/form-data; boundary=x' };

describe('POST guard', () => {
  it('lets a same-origin form post through (its type and body: request-guard.ts, action-shapes.test.ts)', () => {
    expect(post(ok)).toBeNull();
  });

  it('refuses a post from another site', () => {
    expect(post({ ...ok, origin: 'https://evil.example' })?.status).toBe(403);
    expect(post({ ...ok, origin: 'null' })?.status).toBe(403);
    expect(post({ ...ok, origin: 'https://partner.example.evil.example' })?.status).toBe(403);
  });

  it('refuses bodies of unknown or absurd size', () => {
    expect(post({ ...ok, 'content-length': String(MAX_POST_BYTES) })).toBeNull();
    expect(post({ ...ok, 'content-length': String(MAX_POST_BYTES + 1) })?.status).toBe(413);
    expect(post({ origin: ok.origin, 'content-type': ok['content-type'] })?.status).toBe(411);
    expect(post({ ...ok, 'content-length': '12abc' })?.status).toBe(400);
  });

  it('refuses a body with a transfer coding, which browsers never send a form with', () => {
    expect(post({ ...ok, 'transfer-encoding': 'chunked' })?.status).toBe(411);
    expect(post({ ...ok, 'content-length': '1'.repeat(12) })?.status).toBe(400);
  });

  it("takes the host a post is for by Next's rule: the first X-Forwarded-Host, else Host", () => {
    const headers = (h: Record<string, string>) => new Headers(h);
    expect(requestHost(headers({ host: 'app-internal:3000' }))).toBe('app-internal:3000');
    expect(requestHost(headers({ host: 'app-internal:3000', 'x-forwarded-host': 'qmth.example.no' }))).toBe('qmth.example.no');
    expect(requestHost(headers({ host: 'a', 'x-forwarded-host': ' qmth.example.no , cdn.example' }))).toBe('qmth.example.no');
    expect(requestHost(headers({ host: 'a', 'x-forwarded-host': '' }))).toBe('a');
    expect(requestHost(headers({}))).toBeNull();
  });

  it('accepts a post behind an edge that rewrites Host and names the public host in X-Forwarded-Host', () => {
    const behindEdge = { ...ok, host: 'qmth_site', 'x-forwarded-host': 'partner.example' };
    expect(post(behindEdge)).toBeNull();
    expect(post({ ...behindEdge, origin: 'https://qmth_site' })?.status).toBe(403);
  });

  it('refuses a post whose X-Forwarded-Host is not its origin, as Next would', () => {
    expect(post({ ...ok, 'x-forwarded-host': 'other.example' })?.status).toBe(403);
  });

  it('refuses a post that names no host at all', () => {
    expect(checkPost(new Headers(ok))?.status).toBe(400);
  });
});
