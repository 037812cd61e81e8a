import 'server-only';
import { isKitSubmitted, KIT_FIELDS, parseLinkKit, type KitRaw, type KitResult } from '@/lib/link-kit';
import { today } from '@/server/today';

/** The kit's form as sent, checked on today in Oslo; null before it is sent, when the page shows the empty form. */
export async function readKit(query: URLSearchParams): Promise<KitResult | null> {
  return isKitSubmitted(query) ? parseLinkKit(query, await today()) : null;
}

export const EMPTY_KIT = Object.fromEntries(KIT_FIELDS.map((field) => [field, ''])) as KitRaw;
