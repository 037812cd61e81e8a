'use client';

import { useClipboard } from '../use-clipboard';
import { useHydrated } from '../use-hydrated';

/**
 * The result link in a read-only field (selectable without JavaScript) and, where JavaScript runs,
 * a button that copies it and says so.
 */
export function CopyLink({ url, label, copy, copied }: { url: string; label: string; copy: string; copied: string }) {
  const hydrated = useHydrated();
  const [done, copyText] = useClipboard();
  return (
    <div>
      <label htmlFor="result-link" className="block font-semibold">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="result-link"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 basis-64 border-2 border-slate-800 px-2 py-1.5 font-mono text-sm"
        />
        {hydrated && (
          <button
            type="button"
            className="action-button"
            onClick={() => copyText(url)}
          >
            {copy}
          </button>
        )}
      </div>
      <p role="status" className="mt-1 min-h-6 text-green-800">
        {done ? copied : ''}
      </p>
    </div>
  );
}
