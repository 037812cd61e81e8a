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
