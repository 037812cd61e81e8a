'use client';

import { useEffect } from 'react';
import { takeSubmitted } from './browser-memory';

/**
 * Moves focus to the verdict's heading when the partner arrives from the form, so a screen reader
 * reads the answer first. A verdict opened from a link keeps the browser's own focus, and so does
 * every verdict where the browser refuses site storage: the verdict is there either way.
 */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    if (takeSubmitted()) document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}
