import { describe, expect, it } from 'vitest';
import { refuseRequest, withoutTrailingSlash } from './request-guard';

const ACTION = 'a'.repeat(42);
const known = new Set([ACTION]);
const form = {
  host: 'partner.example',
  origin: 'https://partner.example',
  'content-length': '120',
  'content-type': 'multipart/form-data; boundary=x',
};
const ask = (method: string, path: string, headers: Record<string, string> = form) =>
  refuseRequest({ method, path, headers: new Headers(headers) }, known);

describe('request guard', () => {
  it('lets reading pass anywhere and the self-check form post', () => {
    expect(ask('GET', '/nb', { host: 'partner.example' })).toBeNull();
    expect(ask('HEAD', '/favicon.ico', {})).toBeNull();
    expect(ask('POST', '/nb/fritakssjekk')).toBeNull();
    expect(ask('POST', '/en/self-check', { ...form, 'next-action': ACTION })).toBeNull();
  });

  it('answers 405 with what is allowed to a post anywhere else and to other methods', () => {
    // The self-check's app route under its own name (/nb/self-check) is no public page: no post.
    for (const path of ['/nb', '/en/faq', '/nb/links', '/nb/self-check', '/favicon.ico']) {
      expect(ask('POST', path, { ...form, 'next-action': ACTION })).toMatchObject({
        status: 405,
        headers: { Allow: 'GET, HEAD' },
      });
    }
    expect(ask('PUT', '/nb/fritakssjekk')).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD, POST' } });
    expect(ask('TRACE', '/nb')?.status).toBe(405);
    expect(ask('OPTIONS', '/nb')?.status).toBe(405);
  });

  it('refuses an action id this build does not have, quietly, with 404', () => {
    expect(ask('POST', '/nb/fritakssjekk', { ...form, 'next-action': 'b'.repeat(42) })?.status).toBe(404);
    expect(ask('POST', '/nb/fritakssjekk', { ...form, 'next-action': '' })?.status).toBe(404);
    // Where the build's ids cannot be known (next dev), Next answers them.
    expect(
      refuseRequest({ method: 'POST', path: '/nb/fritakssjekk', headers: new Headers({ ...form, 'next-action': 'b' }) }, null),
    ).toBeNull();
  });

  it('refuses a post that is not multipart as browsers write it (the bodies: action-shapes.test.ts)', () => {
    const json = { ...form, 'next-action': ACTION, 'content-type': 'text/plain;charset=UTF-8' };
    expect(ask('POST', '/en/self-check', json)).toMatchObject({ status: 415 });
    expect(ask('POST', '/en/self-check', { ...form, 'content-type': 'application/x-www-form-urlencoded' })?.status).toBe(415);
    expect(ask('POST', '/en/self-check', { ...form, 'content-type': 'Multipart/form-data; boundary=x' })?.status).toBe(415);
    expect(ask('POST', '/en/self-check', { ...form, 'transfer-encoding': 'chunked' })?.status).toBe(411);
  });

  it('refuses a body on GET and HEAD, which no page reads', () => {
    expect(ask('GET', '/nb', { 'content-length': '200000' })?.status).toBe(400);
    expect(ask('HEAD', '/nb', { 'transfer-encoding': 'chunked' })?.status).toBe(400);
    expect(ask('GET', '/nb', { 'content-length': '0' })).toBeNull();
  });

  it("refuses a router state tree Next could not read, on any method (the review's N3)", () => {
    expect(ask('GET', '/en/self-check', { 'next-router-state-tree': encodeURIComponent('{broken') })?.status).toBe(400);
    expect(ask('GET', '/en/self-check', { 'next-router-state-tree': '%E0%A4%A' })?.status).toBe(400);
    const tree = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}, null, null, 0] }, null, null, 16]));
    expect(ask('GET', '/en/self-check', { 'next-router-state-tree': tree })).toBeNull();
  });

  it('refuses a runtime prefetch and next dev’s refresh, which the site never asks for (F2)', () => {
    for (const value of ['2', '3', '0', '', 'zz']) {
      expect(ask('GET', '/en/self-check', { rsc: '1', 'next-router-prefetch': value })?.status, value).toBe(400);
    }
    expect(ask('GET', '/en/self-check', { rsc: '1', 'next-hmr-refresh': '1' })?.status).toBe(400);
    // The client router's own prefetch and navigation.
    expect(ask('GET', '/en/self-check', { rsc: '1', 'next-router-prefetch': '1' })).toBeNull();
    expect(ask('GET', '/en/links', { rsc: '1' })).toBeNull();
  });

  it('applies the POST guard: origin by the forwarded host, a host at all', () => {
    expect(ask('POST', '/nb/fritakssjekk', { ...form, 'x-forwarded-host': 'other.example' })?.status).toBe(403);
    expect(ask('POST', '/nb/fritakssjekk', { ...form, host: 'upstream', 'x-forwarded-host': 'partner.example' })).toBeNull();
    const { host: _host, ...hostless } = form;
    expect(ask('POST', '/nb/fritakssjekk', hostless)?.status).toBe(400);
  });

  it('sends a path with a trailing slash to the path without it', () => {
    expect(withoutTrailingSlash('/nb/')).toBe('/nb');
    expect(withoutTrailingSlash('/nb/fritakssjekk//')).toBe('/nb/fritakssjekk');
    expect(withoutTrailingSlash('/nb')).toBeNull();
    expect(withoutTrailingSlash('/')).toBeNull();
  });
});
