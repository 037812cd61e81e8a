import 'server-only';
import { connection } from 'next/server';
import { cache } from 'react';
import type { IsoDate } from '../lib/calendar-date';
import { eraOn, type Era } from '../lib/exemption-status';
import { siteToday } from './site-config';

/**
 * Today in Oslo for this request: the one place a page, a layout or the action asks for the day.
 * cache() makes it one read per request, so every text on a page speaks of the same day.
 *
 * It is also what decides how a page is rendered. While the exemption is in force, a page that
 * reads the day would go stale at the deadline, so reading it opts the page into rendering per
 * request (connection()); once the exemption has ended it stays ended, so a page may be static.
 */
export const today = cache(async (): Promise<IsoDate> => {
  const day = siteToday();
  if (eraOn(day) === 'in-force') await connection();
  return day;
});

/** The exemption's era on today(): the one place outside lib/ that asks eraOn about today. */
export const era = cache(async (): Promise<Era> => eraOn(await today()));
