import type { IsoDate } from './calendar-date';

/**
 * The exemption's key dates, as the announcement states them. This is the one source for every
 * date the site shows or decides by: the MDX texts, the timeline, the status notice and the
 * self-check all read it.
 */
export const KEY_DATES = {
  /**
   * The exemption was announced in July 2018 (the seed gives the month, not the day): the first day
   * the self-check can speak of, shown as a month.
   */
  announced: '2018-07-01',
  /** Existing QMTH partners had to sign the SPLA QMTH K80 addendum on or before this day. */
  k80SigningDeadline: '2018-08-31',
  /** The exemption's first expiry, as announced in July 2018. */
  firstExpiry: '2019-06-30',
  /** The expiry after the first extension. */
  previousExpiry: '2020-06-30',
  /** The expiry after the six-month extension: the last day the exemption is in force. */
  finalExpiry: '2020-12-31',
  /** From this day on, leaving Direct CSP does affect a partner's QMTH status. */
  statusAffectedFrom: '2021-01-01',
} as const satisfies Record<string, IsoDate>;

export type KeyDateName = keyof typeof KEY_DATES;

/** The order in which the timeline tells the exemption's story: by date, as its lines are read. */
export const TIMELINE: readonly KeyDateName[] = [
  'announced',
  'k80SigningDeadline',
  'firstExpiry',
  'previousExpiry',
  'finalExpiry',
  'statusAffectedFrom',
];
