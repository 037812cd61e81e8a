'use client';

import { useHydrated } from '../use-hydrated';

/** Prints the verdict. Rendered only where JavaScript runs: without it the button could do nothing. */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button type="button" onClick={() => window.print()} className="action-button">
      {label}
    </button>
  );
}
