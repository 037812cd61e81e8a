import { describe, expect, it } from 'vitest';
import { internalPath } from './internal-path';

describe('internal paths', () => {
  it('maps each public page onto the app route it is built as', () => {
    expect(internalPath('/nb')).toBe('/nb');
    expect(internalPath('/en')).toBe('/en');
    expect(internalPath('/nb/sporsmal-og-svar')).toBe('/nb/faq');
    expect(internalPath('/en/faq')).toBe('/en/faq');
    expect(internalPath('/nb/fritakssjekk')).toBe('/nb/self-check');
    expect(internalPath('/en/self-check')).toBe('/en/self-check');
  });

  it('knows no other path, the app routes under their own names included', () => {
    expect(internalPath('/nb/faq')).toBeNull();
    expect(internalPath('/en/sporsmal-og-svar')).toBeNull();
    expect(internalPath('/nb/nope')).toBeNull();
    expect(internalPath('/')).toBeNull();
  });
});
