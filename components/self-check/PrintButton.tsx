'use client';

import { useState } from 'react';
import { useHydrated } from '../use-hydrated';

/**
 * Prints the verdict. Rendered only where JavaScript runs: without it the button could do nothing.
 * Where the browser has no print (some in-app browsers) or refuses it, it says how else to keep
 * the result instead of doing nothing.
 */
export function PrintButton({ label, failed }: { label: string; failed: string }) {
  const hydrated = useHydrated();
  const [unavailable, setUnavailable] = useState(false);
  if (!hydrated) return null;
  const print = () => {
    try {
      if (typeof window.print !== 'function') throw new Error('no print');
      window.print();
    } catch {
      setUnavailable(true);
    }
  };
  return (
    <>
      <button type="button" onClick={print} className="action-button">
        {label}
      </button>
      <span role="status" className={unavailable ? 'basis-full font-semibold' : undefined}>
        {unavailable ? failed : ''}
      </span>
    </>
  );
}
