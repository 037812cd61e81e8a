import type { Ref } from 'react';
import { fieldAnchor, type ShownError } from './form-state';
import { JumpLink } from './JumpLink';

/** GOV.UK's error summary: announced at once, each error a link to its field. */
export function ErrorSummary({ title, errors, ref }: { title: string; errors: ShownError[]; ref?: Ref<HTMLDivElement> }) {
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-red-700 p-4 focus:outline-3 focus:outline-offset-2 focus:outline-amber-400 sm:p-6"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-3 space-y-2">
        {errors.map((error) => (
          <li key={error.field}>
            <JumpLink target={fieldAnchor(error)} className="font-semibold text-red-800 underline underline-offset-2">
              {error.message}
            </JumpLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
