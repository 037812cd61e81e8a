'use client';

import { useRef } from 'react';
import { useClipboard } from '../use-clipboard';
import { useHydrated } from '../use-hydrated';

type Props = {
  id: string;
  label: string;
  value: string;
  /** A paragraph rather than a link: a textarea. */
  multiline?: boolean;
  /** The value's own language, where it differs from the page's (the link kit's paragraph). */
  lang?: string;
  copy: string;
  copied: string;
  /** Where the clipboard is missing or refused: the value is selected, and this says how to copy it. */
  failed: string;
};

/**
 * A link or a paragraph to paste elsewhere, in a read-only field (selectable without JavaScript)
 * and, where JavaScript runs, a button that copies it and says so. When the browser will not copy
 * (no clipboard API on plain http or in an in-app browser, or a policy refuses it), the button
 * selects the text instead and says how to copy it by hand.
 */
export function CopyField({ id, label, value, multiline, lang, copy, copied, failed }: Props) {
  const hydrated = useHydrated();
  const [status, copyText] = useClipboard();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const select = () => {
    field.current?.focus();
    field.current?.select();
  };
  const shared = {
    id,
    ref: field,
    readOnly: true,
    value,
    lang,
    onFocus: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => event.currentTarget.select(),
  };
  const button = hydrated && (
    <button
      type="button"
      className={`action-button ${multiline ? 'mt-2' : ''}`}
      onClick={() => {
        copyText(value);
        // Selected either way: if the copy fails, the text is ready for Ctrl+C or a long press.
        select();
      }}
    >
      {copy}
    </button>
  );
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {multiline ? (
        <>
          <textarea {...shared} rows={6} className="mt-1 block w-full border-2 border-slate-800 px-2 py-1.5 text-base" />
          {button}
        </>
      ) : (
        <div className="mt-1 flex flex-wrap gap-2">
          <input {...shared} className="min-w-0 flex-1 basis-64 border-2 border-slate-800 px-2 py-1.5 font-mono text-sm" />
          {button}
        </div>
      )}
      <p role="status" className={`mt-1 min-h-6 ${status === 'failed' ? 'font-semibold text-slate-900' : 'text-green-800'}`}>
        {status === 'copied' ? copied : status === 'failed' ? failed : ''}
      </p>
    </div>
  );
}
