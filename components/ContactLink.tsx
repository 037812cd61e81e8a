import type { ReactNode } from 'react';
import { contactEmail } from '@/server/site-config';

/** A mail link to Team Commaxx, at the one configured address (TEAM_COMMAXX_EMAIL). */
export function ContactLink({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <a href={`mailto:${contactEmail()}`} className={className}>
      {children}
    </a>
  );
}
