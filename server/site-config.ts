import { parseIsoDate, SITE_TIME_ZONE, todayIn, type IsoDate } from '../lib/calendar-date';

/**
 * The site's configuration, read from the environment in one place (see the README).
 * Static pages read it when they are built; the self-check reads it on each request.
 */

/** A placeholder that is plainly not a real mailbox: Team Commaxx's address is not in the source. */
export const PLACEHOLDER_CONTACT_EMAIL = 'team-commaxx@example.invalid';
const PLACEHOLDER_SITE_URL = 'http://localhost:3000';

/**
 * Whether a missing setting may fall back to its placeholder. A production build or server
 * (NODE_ENV=production: `next build`, `next start`, the standalone server) may not, unless
 * SITE_ALLOW_PLACEHOLDERS=1 says it is a local or test one: the test scripts set it, and
 * `npm run serve` passes local values itself. `next dev` and unit tests always may.
 */
function placeholdersAllowed(): boolean {
  return process.env.NODE_ENV !== 'production' || process.env.SITE_ALLOW_PLACEHOLDERS === '1';
}

/** A deployment must say where it lives and whom partners write to: fail, naming both, if not. */
function missingSetting(name: 'SITE_URL' | 'TEAM_COMMAXX_EMAIL', problem: string): void {
  if (placeholdersAllowed()) return;
  throw new Error(
    `${name} ${problem}. A build or server for deployment needs SITE_URL (the public origin, https://…) and ` +
      'TEAM_COMMAXX_EMAIL (the address partners write to); for a local or test build set SITE_ALLOW_PLACEHOLDERS=1.',
  );
}

export function contactEmail(): string {
  const configured = process.env.TEAM_COMMAXX_EMAIL?.trim();
  if (configured && /^[^\s@<>"]+@[^\s@<>"]+$/.test(configured)) return configured;
  missingSetting('TEAM_COMMAXX_EMAIL', configured ? 'is not an email address' : 'is not set');
  return PLACEHOLDER_CONTACT_EMAIL;
}

/**
 * The day SITE_TODAY (YYYY-MM-DD) makes the site pretend is today, as the tests and previews do;
 * null when it is not set. A production build or server obeys it only when SITE_ALLOW_PRETEND_TODAY=1
 * says it is a test or preview one, as explicitly as the placeholders: a preview left running as
 * of 2020 would tell partners the exemption is in force. Every page served with one says so (StatusNotice).
 */
export function pretendToday(): IsoDate | null {
  const configured = process.env.SITE_TODAY?.trim();
  if (!configured) return null;
  const day = parseIsoDate(configured);
  if (!day) throw new Error(`SITE_TODAY is not a date (YYYY-MM-DD): ${configured}`);
  if (process.env.NODE_ENV === 'production' && process.env.SITE_ALLOW_PRETEND_TODAY !== '1') {
    throw new Error(
      `SITE_TODAY=${configured} makes the site pretend today is another day. A build or server for deployment ` +
        'must not set it; for a test or preview build set SITE_ALLOW_PRETEND_TODAY=1 as well.',
    );
  }
  return day;
}

/** Today in Oslo, or the pretend today of a test or preview (pretendToday). */
export function siteToday(now: Date = new Date()): IsoDate {
  return pretendToday() ?? todayIn(SITE_TIME_ZONE, now);
}

/** The public origin that absolute links (link previews, the sitemap) start with. */
export function siteUrl(): URL {
  const configured = process.env.SITE_URL?.trim();
  if (configured) {
    try {
      return new URL(configured);
    } catch {
      missingSetting('SITE_URL', 'is not a URL');
      return new URL(PLACEHOLDER_SITE_URL);
    }
  }
  missingSetting('SITE_URL', 'is not set');
  return new URL(PLACEHOLDER_SITE_URL);
}
