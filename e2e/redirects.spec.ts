import { expect, test } from '@playwright/test';

const cases: [string | undefined, string][] = [
  ['nb-NO,nb;q=0.9', '/nb'],
  ['no', '/nb'],
  ['nn', '/nb'],
  ['se-NO', '/nb'],
  ['en-US,en;q=0.9', '/en'],
  ['en-GB', '/en'],
  ['de-DE,de;q=0.9', '/nb'],
  [undefined, '/nb'],
];

for (const [acceptLanguage, target] of cases) {
  test(`/ with Accept-Language ${acceptLanguage ?? '(none)'} goes to ${target}`, async ({ request }) => {
    const response = await request.get('/', {
      maxRedirects: 0,
      headers: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {},
    });
    expect(response.status()).toBe(307);
    expect(new URL(response.headers()['location'], 'http://x').pathname).toBe(target);
    expect(response.headers()['vary']).toMatch(/accept-language/i);
    expect(response.headers()['set-cookie']).toBeUndefined();
  });
}

test('the app-internal paths lead to the public ones', async ({ request }) => {
  const response = await request.get('/nb/faq', { maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(new URL(response.headers()['location'], 'http://x').pathname).toBe('/nb/sporsmal-og-svar');
});

// Other names for Norwegian that partners type or paste lead to the Bokmål site, the rest of the
// path and the query kept; /de and the like stay a 404 (not-found.spec.ts).
for (const [path, target] of [
  ['/no', '/nb'],
  ['/nn', '/nb'],
  ['/nb-NO', '/nb'],
  ['/nb-no', '/nb'],
  ['/NB', '/nb'],
  ['/no/sporsmal-og-svar', '/nb/sporsmal-og-svar'],
  ['/nb-NO/fritakssjekk?qmth=no', '/nb/fritakssjekk?qmth=no'],
]) {
  test(`${path} redirects to ${target}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    const location = new URL(response.headers()['location'], 'http://x');
    expect(location.pathname + location.search).toBe(target);
    // Followed as a browser follows it (a 308 needs no browser), even one set to English, it lands
    // on the Norwegian page.
    const landed = await request.get(path, { headers: { 'Accept-Language': 'en-US,en;q=0.9' } });
    expect(landed.status()).toBe(200);
    const url = new URL(landed.url());
    expect(url.pathname + url.search).toBe(target);
    expect(/<html[^>]*\slang="([^"]+)"/.exec(await landed.text())?.[1]).toBe('nb');
  });
}
