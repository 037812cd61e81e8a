import { afterEach, describe, expect, it, vi } from 'vitest';
import { contactEmail, PLACEHOLDER_CONTACT_EMAIL, pretendToday, siteToday, siteUrl } from './site-config';

afterEach(() => vi.unstubAllEnvs());

/** A production build or server, as `next build` and `next start` run. */
function production(env: Record<string, string | undefined>) {
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubEnv('SITE_ALLOW_PLACEHOLDERS', undefined);
  vi.stubEnv('SITE_ALLOW_PRETEND_TODAY', undefined);
  vi.stubEnv('SITE_TODAY', undefined);
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

  it('refuses a pretend today in a deployment, naming the switch a test or preview build sets', () => {
    production({ SITE_TODAY: '2020-11-15' });
    expect(() => siteToday()).toThrow(/SITE_TODAY=2020-11-15.*SITE_ALLOW_PRETEND_TODAY=1/);
    // Allowing the placeholders is not allowing a pretend today.
    production({ SITE_TODAY: '2020-11-15', SITE_ALLOW_PLACEHOLDERS: '1' });
    expect(() => siteToday()).toThrow(/SITE_ALLOW_PRETEND_TODAY=1/);
  });

  it('obeys a pretend today where it is allowed, and says it is one', () => {
    production({ SITE_TODAY: '2020-11-15', SITE_ALLOW_PRETEND_TODAY: '1' });
    expect(siteToday()).toBe('2020-11-15');
    expect(pretendToday()).toBe('2020-11-15');
    vi.stubEnv('NODE_ENV', 'test');
    vi.stubEnv('SITE_ALLOW_PRETEND_TODAY', undefined);
    expect(siteToday()).toBe('2020-11-15');
  });

  it('without SITE_TODAY, today is Oslo’s and nothing pretends', () => {
    production({});
    expect(pretendToday()).toBeNull();
    // 23:30 UTC on 31 December 2020 is already 1 January 2021 in Oslo.
    expect(siteToday(new Date('2020-12-31T23:30:00Z'))).toBe('2021-01-01');
  });

  it('fails plainly on a SITE_TODAY that is not a date, rather than ignoring it', () => {
    production({ SITE_TODAY: '15.11.2020', SITE_ALLOW_PRETEND_TODAY: '1' });
    expect(() => siteToday()).toThrow(/SITE_TODAY is not a date/);
  });
});
