import { createTranslator } from 'next-intl';
import { formatDate } from '../i18n/format';
import type { IsoDate } from '../lib/calendar-date';
import { KEY_DATES } from '../lib/exemption-dates';
import { exemptionStatus } from '../lib/exemption-status';
import en from '../messages/en.json' with { type: 'json' };
import nb from '../messages/nb.json' with { type: 'json' };
import type { Locale } from './site-pages';

/**
 * The site's own words, read from messages/*.json and formatted as the site formats them, so a
 * test names what a partner sees without restating it: change a word there, and the tests follow.
 */
export const MESSAGES = { nb, en } as const;

export function words(locale: Locale) {
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  // Keys are written out in the tests; a missing one shows up as its own path in a failed assertion.
  return (key: string, values?: Record<string, string | number>) => t(key as never, values as never) as string;
}

/** A calendar date (YYYY-MM-DD) in words, as the site writes it: "1. oktober 2020", "1 October 2020". */
export const day = (locale: Locale, iso: string) => formatDate(locale, iso as `${number}-${number}-${number}`);

/** The key dates in words, for messages that name them. */
export const keyDates = (locale: Locale) => ({
  announced: day(locale, KEY_DATES.announced),
  finalExpiry: day(locale, KEY_DATES.finalExpiry),
  k80SigningDeadline: day(locale, KEY_DATES.k80SigningDeadline),
  statusAffectedFrom: day(locale, KEY_DATES.statusAffectedFrom),
});

/** The status notice's heading and sentence on a server's today (servers.json). */
export function notice(locale: Locale, today: string) {
  const t = words(locale);
  const dates = { lastDay: day(locale, KEY_DATES.finalExpiry), statusAffectedFrom: day(locale, KEY_DATES.statusAffectedFrom) };
  if (today > KEY_DATES.finalExpiry)
    return { era: 'ended' as const, heading: t('Status.ended', dates), text: t('Status.endedText', dates) };
  const status = exemptionStatus(today as IsoDate);
  const days = status.state === 'in-force' ? status.daysLeft : 0;
  return { era: 'in-force' as const, heading: t('Status.inForce', { ...dates, days }), text: t('Status.inForceText', dates) };
}
