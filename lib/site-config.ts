import { parseIsoDate, todayIn, type IsoDate } from './calendar-date';

/**
 * The site's configuration, read from the environment in one place (see the README).
 * Static pages read it when they are built; the self-check reads it on each request.
 */

/** The time zone every date on the site belongs to. */
export const SITE_TIME_ZONE = 'Europe/Oslo';

/** A placeholder that is plainly not a real mailbox: Team Commaxx's address is not in the source. */
export const PLACEHOLDER_CONTACT_EMAIL = 'team-commaxx@example.invalid';

export function contactEmail(): string {
  const configured = process.env.TEAM_COMMAXX_EMAIL?.trim();
  return configured && /^[^\s@<>"]+@[^\s@<>"]+$/.test(configured) ? configured : PLACEHOLDER_CONTACT_EMAIL;
}

/** Today in Oslo, unless SITE_TODAY (YYYY-MM-DD) sets it, as tests and previews do. */
export function siteToday(now: Date = new Date()): IsoDate {
  const configured = parseIsoDate(process.env.SITE_TODAY?.trim() ?? '');
  return configured ?? todayIn(SITE_TIME_ZONE, now);
}

/** The public origin that absolute links (link previews, the sitemap) start with. */
export function siteUrl(): URL {
  try {
    return new URL(process.env.SITE_URL ?? 'http://localhost:3000');
  } catch {
    return new URL('http://localhost:3000');
  }
}
