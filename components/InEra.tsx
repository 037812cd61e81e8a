import type { ReactNode } from 'react';
import type { Era } from '@/lib/exemption-status';
import { era } from '@/server/today';

/**
 * Text of the MDX pages that holds in one era only: the announcement's lead is passed on to
 * partners while the exemption is in force, and was passed on in 2020 once it has ended.
 */
export async function InEra({ era: shown, children }: { era: Era; children: ReactNode }) {
  return (await era()) === shown ? children : null;
}
