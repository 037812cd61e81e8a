'use client';

import { useClipboard } from '../use-clipboard';
import { useHydrated } from '../use-hydrated';

/**
 * A text to paste elsewhere, in a read-only field (selectable without JavaScript) and, where
 * JavaScript runs, a button that copies it and says so: CopyLink's sibling for a paragraph. `lang`
 * is the text's own language, which may differ from the page's.
 */
export function CopyText({ id, text, lang, label, copy, copied }: { id: string; text: string; lang: string; label: string; copy: string; copied: string }) {
  const hydrated = useHydrated();
  const [done, copyText] = useClipboard();
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        readOnly
        value={text}
        lang={lang}
        rows={6}
        onFocus={(event) => event.currentTarget.select()}
        className="mt-1 block w-full border-2 border-slate-800 px-2 py-1.5 text-base"
      />
      {hydrated && (
        <button
          type="button"
          className="action-button mt-2"
          onClick={() => copyText(text)}
        >
          {copy}
        </button>
      )}
      <p role="status" className="mt-1 min-h-6 text-green-800">
        {done ? copied : ''}
      </p>
    </div>
  );
}
