import type { IsoDate } from '@/lib/calendar-date';
import { isKitSubmitted, KIT_FIELDS, parseLinkKit, type KitRaw, type KitResult } from '@/lib/link-kit';

/** The kit's form as sent, checked; null before it is sent, when the page shows the empty form. */
export function readKit(query: URLSearchParams, today: IsoDate): KitResult | null {
  return isKitSubmitted(query) ? parseLinkKit(query, today) : null;
}

export const EMPTY_KIT = Object.fromEntries(KIT_FIELDS.map((field) => [field, ''])) as KitRaw;
