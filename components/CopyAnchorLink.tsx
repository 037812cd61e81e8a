'use client';

import type { ReactNode } from 'react';
import { useClipboard } from './use-clipboard';

/**
 * "Link to this answer": a plain #fragment link that, with JavaScript, also copies the answer's
 * full address and says so. The browser still follows the fragment, so the answer is highlighted,
 * and the address bar holds the link to copy where the clipboard is refused.
 */
export function CopyAnchorLink({ id, copied, className, children }: { id: string; copied: string; className: string; children: ReactNode }) {
  const [status, copyText] = useClipboard();
  return (
    <>
      <a
        href={`#${id}`}
        className={className}
        onClick={() => {
          copyText(`${window.location.origin}${window.location.pathname}#${id}`);
        }}
      >
        {children}
      </a>
      <span role="status" className="ml-2 text-base font-normal text-green-800">
        {status === 'copied' ? copied : ''}
      </span>
    </>
  );
}
