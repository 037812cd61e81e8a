import { useState } from 'react';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/**
 * Copies a text to the clipboard and says how the last copy went, for a status message beside the
 * control. The clipboard API is missing on plain http and in some in-app browsers, and a browser
 * or its policy may refuse it: that is 'failed', for the control to offer another way, never an
 * exception.
 */
export function useClipboard(): [status: CopyStatus, copy: (text: string) => void] {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const copy = (text: string) => {
    try {
      const clipboard = navigator.clipboard;
      if (!clipboard?.writeText) throw new Error('no clipboard');
      clipboard.writeText(text).then(
        () => setStatus('copied'),
        () => setStatus('failed'),
      );
    } catch {
      setStatus('failed');
    }
  };
  return [status, copy];
}
