import { describe, expect, it } from 'vitest';
import { canonicalLocalePath, isServablePath } from './request-path';

describe('servable paths', () => {
  it('accepts ordinary and encoded paths', () => {
    expect(isServablePath('/nb/sporsmal-og-svar')).toBe(true);
    expect(isServablePath('/nb/sp%C3%B8rsm%C3%A5l')).toBe(true);
  });
  it('rejects malformed encodings and control characters', () => {
    expect(isServablePath('/nb/%00')).toBe(false);
    expect(isServablePath('/nb/a%ZZ')).toBe(false);
    expect(isServablePath('/en/%c0%ae')).toBe(false);
    expect(isServablePath('/nb/%0a')).toBe(false);
  });
});

describe('canonicalLocalePath', () => {
  it('sends the other names of Norwegian to /nb, keeping the rest of the path', () => {
    expect(canonicalLocalePath('/no')).toBe('/nb');
    expect(canonicalLocalePath('/nn')).toBe('/nb');
    expect(canonicalLocalePath('/nb-NO')).toBe('/nb');
    expect(canonicalLocalePath('/nb-no/fritakssjekk')).toBe('/nb/fritakssjekk');
    expect(canonicalLocalePath('/NB/sporsmal-og-svar')).toBe('/nb/sporsmal-og-svar');
    expect(canonicalLocalePath('/EN/faq')).toBe('/en/faq');
  });

  it('leaves the site’s own paths and unknown languages alone', () => {
    for (const path of ['/', '/nb', '/en/faq', '/de', '/nob', '/norsk', '/favicon.ico'])
      expect(canonicalLocalePath(path)).toBeNull();
  });
});
