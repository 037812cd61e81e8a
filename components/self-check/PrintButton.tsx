'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** Prints the verdict. Rendered only where JavaScript runs: without it the button could do nothing. */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  if (!hydrated) return null;
  return (
    <button type="button" onClick={() => window.print()} className="action-button">
      {label}
    </button>
  );
}
