import { describe, expect, it } from 'vitest';
import { isServablePath } from './request-path';

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
