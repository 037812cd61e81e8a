'use client';

import { useState, type ReactNode } from 'react';

/**
 * "Link to this answer": a plain #fragment link that, with JavaScript, also copies the answer's
 * full address and says so. The browser still follows the fragment, so the answer is highlighted.
 */
export function CopyAnchorLink({ id, copied, className, children }: { id: string; copied: string; className: string; children: ReactNode }) {
  const [done, setDone] = useState(false);
  return (
    <>
      <a
        href={`#${id}`}
        className={className}
        onClick={() => {
          const url = `${window.location.origin}${window.location.pathname}#${id}`;
          navigator.clipboard?.writeText(url).then(() => setDone(true), () => setDone(false));
        }}
      >
        {children}
      </a>
      <span role="status" className="ml-2 text-base font-normal text-green-800">
        {done ? copied : ''}
      </span>
    </>
  );
}
