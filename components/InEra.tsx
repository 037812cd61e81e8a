import type { ReactNode } from 'react';
import { eraOn, type Era } from '@/lib/exemption-status';
import { today } from '@/server/today';

/**
 * Text of the MDX pages that holds in one era only: the announcement's lead is passed on to
 * partners while the exemption is in force, and was passed on in 2020 once it has ended.
 */
export async function InEra({ era, children }: { era: Era; children: ReactNode }) {
  return eraOn(await today()) === era ? children : null;
}
