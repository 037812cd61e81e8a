import type { ReactNode } from 'react';
import { contactEmail } from '@/server/site-config';

/** A mail link to Team Commaxx, at the one configured address (TEAM_COMMAXX_EMAIL). */
export function ContactLink({ children }: { children: ReactNode }) {
  return <a href={`mailto:${contactEmail()}`}>{children}</a>;
}
