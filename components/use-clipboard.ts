import { useState } from 'react';

/**
 * Copies a text to the clipboard and remembers whether the last copy worked, for a status message
 * beside the control. A browser without the clipboard API (or that refuses it) copies nothing and
 * says nothing.
 */
export function useClipboard(): [copied: boolean, copy: (text: string) => void] {
  const [copied, setCopied] = useState(false);
  const copy = (text: string) => {
    navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return [copied, copy];
}
