import { afterEach, describe, expect, it, vi } from 'vitest';
import { contactEmail, PLACEHOLDER_CONTACT_EMAIL, siteUrl } from './site-config';

afterEach(() => vi.unstubAllEnvs());

/** A production build or server, as `next build` and `next start` run. */
function production(env: Record<string, string | undefined>) {
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubEnv('SITE_ALLOW_PLACEHOLDERS', undefined);
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
}

describe('site configuration', () => {
  it('uses what a deployment sets', () => {
    production({ SITE_URL: 'https://qmth.example.no', TEAM_COMMAXX_EMAIL: 'team@example.no' });
    expect(siteUrl().origin).toBe('https://qmth.example.no');
    expect(contactEmail()).toBe('team@example.no');
  });

  it('fails a deployment without SITE_URL or TEAM_COMMAXX_EMAIL, naming what is missing', () => {
    production({ SITE_URL: undefined, TEAM_COMMAXX_EMAIL: undefined });
    expect(() => siteUrl()).toThrow(/SITE_URL is not set.*TEAM_COMMAXX_EMAIL/);
    expect(() => contactEmail()).toThrow(/TEAM_COMMAXX_EMAIL is not set/);
    production({ SITE_URL: 'not a url', TEAM_COMMAXX_EMAIL: 'nobody' });
    expect(() => siteUrl()).toThrow(/SITE_URL is not a URL/);
    expect(() => contactEmail()).toThrow(/TEAM_COMMAXX_EMAIL is not an email address/);
  });

  it('lets a local or test build use the placeholders when it says so', () => {
    production({ SITE_URL: undefined, TEAM_COMMAXX_EMAIL: undefined, SITE_ALLOW_PLACEHOLDERS: '1' });
    expect(siteUrl().origin).toBe('http://localhost:3000');
    expect(contactEmail()).toBe(PLACEHOLDER_CONTACT_EMAIL);
  });
});
