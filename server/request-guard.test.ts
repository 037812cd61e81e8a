import { describe, expect, it } from 'vitest';
import { refuseBody, refuseRequest, withoutTrailingSlash } from './request-guard';

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
    expect(ask('GET', '/nb')).toBeNull();
    expect(ask('HEAD', '/favicon.ico')).toBeNull();
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

  it('refuses an action call whose arguments are not form data', () => {
    const json = { ...form, 'next-action': ACTION, 'content-type': 'text/plain;charset=UTF-8' };
    expect(ask('POST', '/en/self-check', json)).toMatchObject({ status: 400 });
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

describe('request guard: the body of a post', () => {
  const post = (fields: [string, string][], headers: Record<string, string> = {}) => {
    const body = new FormData();
    for (const [name, value] of fields) body.append(name, value);
    return refuseBody(new Request('http://partner.example/nb/fritakssjekk', { method: 'POST', body, headers }), known);
  };
  const noScriptForm: [string, string][] = [
    ['$ACTION_REF_1', ''],
    ['$ACTION_1:0', JSON.stringify({ id: ACTION, bound: '$@1' })],
    ['$ACTION_1:1', JSON.stringify(['nb', { raw: {}, errors: [] }])],
    ['$ACTION_KEY', 'k1'],
    ['qmth', 'no'],
  ];

  it('lets the form through as the page sends it, with and without JavaScript', async () => {
    expect(await post(noScriptForm)).toBeNull();
    expect(
      await post([
        ['$ACTION_ID_' + ACTION, ''],
        ['qmth', '$1'],
      ]),
    ).toBeNull();
    const scriptCall: [string, string][] = [
      ['0', JSON.stringify(['nb', { raw: { k80Day: '$$1' }, errors: [] }, '$K1'])],
      ['1_qmth', 'no'],
    ];
    expect(await post(scriptCall, { 'next-action': ACTION })).toBeNull();
  });

  it('refuses a form naming an action this build does not have', async () => {
    expect((await post([['$ACTION_ID_' + 'b'.repeat(42), '']]))?.status).toBe(404);
    const other = noScriptForm.map(([name, value]): [string, string] => [
      name,
      name === '$ACTION_1:0' ? JSON.stringify({ id: 'b'.repeat(42) }) : value,
    ]);
    expect((await post(other))?.status).toBe(404);
  });

  it('refuses arguments React could not decode', async () => {
    const broken = noScriptForm.map(([name, value]): [string, string] => [name, name === '$ACTION_1:1' ? '["nb",' : value]);
    expect((await post(broken))?.status).toBe(400);
    expect((await post([['0', '["nb",']], { 'next-action': ACTION }))?.status).toBe(400);
    expect((await post([['0', '["$1"]']], { 'next-action': ACTION }))?.status).toBe(400);
    expect((await post([['0', '["$@a"]']], { 'next-action': ACTION }))?.status).toBe(400);
  });

  it('reads a URL-encoded form the same way: Next decodes its server action too', async () => {
    const encoded = (fields: [string, string][]) =>
      refuseBody(
        new Request('http://partner.example/nb/fritakssjekk', { method: 'POST', body: new URLSearchParams(fields) }),
        known,
      );
    expect(await encoded(noScriptForm)).toBeNull();
    expect((await encoded([['$ACTION_ID_' + 'b'.repeat(42), '']]))?.status).toBe(404);
    const broken = noScriptForm.map(([name, value]): [string, string] => [name, name === '$ACTION_1:1' ? '["nb",' : value]);
    expect((await encoded(broken))?.status).toBe(400);
  });

  it('refuses a multipart body that does not parse', async () => {
    const request = new Request('http://partner.example/nb/fritakssjekk', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="qmth"\r\n\r\nno',
    });
    expect((await refuseBody(request, known))?.status).toBe(400);
  });
});
