import { daysInclusive, type IsoDate } from './calendar-date';
import { KEY_DATES } from './exemption-dates';

export type ExemptionStatus = { state: 'in-force'; daysLeft: number; lastDay: IsoDate } | { state: 'ended'; lastDay: IsoDate };

/**
 * Where the exemption stands on `today` (a date in Europe/Oslo). It is in force up to and
 * including its last day; the days left count today and the last day, so the last day has 1.
 */
export function exemptionStatus(today: IsoDate): ExemptionStatus {
  const lastDay = KEY_DATES.finalExpiry;
  if (today > lastDay) return { state: 'ended', lastDay };
  return { state: 'in-force', daysLeft: daysInclusive(today, lastDay), lastDay };
}

/** The two eras every day-dependent text has a form for: while the exemption is in force, and after. */
export type Era = ExemptionStatus['state'];
export const ERAS: readonly Era[] = ['in-force', 'ended'];

/** The era of a day (a date in Europe/Oslo). */
export function eraOn(day: IsoDate): Era {
  return exemptionStatus(day).state;
}
