import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './locale-from-accept-language';

describe('language from Accept-Language', () => {
  it.each([
    ['nb', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['nb-NO,nb;q=0.9,en;q=0.8', 'nb'],
    ['se-NO', 'nb'],
    ['en-NO', 'nb'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['en-GB;q=0.9,nb;q=0.5', 'en'],
    ['de-DE,en;q=0.5', 'en'],
    ['de-DE,fr;q=0.8', 'nb'],
    ['en;q=0.4,nb;q=0.8', 'nb'],
    ['nb;q=0,en', 'en'],
    ['*', 'nb'],
    ['', 'nb'],
  ])('%j gives %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it('falls back to Norwegian without a header or with nonsense', () => {
    expect(localeFromAcceptLanguage(null)).toBe('nb');
    expect(localeFromAcceptLanguage(';;;,,q=abc')).toBe('nb');
  });
});
