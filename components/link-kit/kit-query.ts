import type { IsoDate } from '@/lib/calendar-date';
import { isKitSubmitted, parseLinkKit, type KitRaw, type KitResult } from '@/lib/link-kit';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Every value of every parameter, repeats kept, so a field sent twice can be told. */
export async function queryOf(searchParams: SearchParams): Promise<URLSearchParams> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const item of Array.isArray(value) ? value : [value ?? '']) query.append(key, item);
  }
  return query;
}

/** The kit's form as sent, checked; null before it is sent, when the page shows the empty form. */
export function readKit(query: URLSearchParams, today: IsoDate): KitResult | null {
  return isKitSubmitted(query) ? parseLinkKit(query, today) : null;
}

export const EMPTY_KIT: KitRaw = { lang: '', target: '', qmth: '', csp: '', k80: '', k80Date: '', asOf: '' };
