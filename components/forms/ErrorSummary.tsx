import type { Ref } from 'react';
import { JumpLink } from './JumpLink';

export type SummaryItem = { key: string; message: string; target: string };

type Props = {
  id?: string;
  title: string;
  items: SummaryItem[];
  className?: string;
  ref?: Ref<HTMLDivElement>;
  /**
   * Take the focus when the page loads: after a post without JavaScript the browser then opens the
   * page at the summary rather than at its top, where nothing would seem to have changed.
   */
  autoFocus?: boolean;
};

/** GOV.UK's error summary, for the self-check and the link kit: announced at once, each error a link to its field. */
export function ErrorSummary({ id, title, items, className = '', ref, autoFocus }: Props) {
  return (
    <div
      id={id}
      ref={ref}
      role="alert"
      tabIndex={-1}
      autoFocus={autoFocus}
      aria-labelledby="error-summary-title"
      className={`border-4 border-red-700 p-4 focus:outline-3 focus:outline-offset-2 focus:outline-amber-400 sm:p-6 ${className}`}
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-3 space-y-2">
        {items.map((item) => (
          <li key={item.key}>
            <JumpLink target={item.target} className="font-semibold text-red-800 underline underline-offset-2">
              {item.message}
            </JumpLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
