'use client';

import { useEffect } from 'react';
import { SUBMITTED_FLAG } from './form-state';

/**
 * Moves focus to the verdict's heading when the partner arrives from the form, so a screen reader
 * reads the answer first. A verdict opened from a link keeps the browser's own focus.
 */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    if (sessionStorage.getItem(SUBMITTED_FLAG) !== '1') return;
    sessionStorage.removeItem(SUBMITTED_FLAG);
    document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}
