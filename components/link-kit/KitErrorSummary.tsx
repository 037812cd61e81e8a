import type { ShownKitError } from './describe-kit-errors';

/**
 * GOV.UK's error summary: announced at once, each error a link to its field. The form sends the
 * browser to #outcome, so the page opens here. Plain fragment links: every visit to this page is a
 * full page load (a GET form), so the client router has no history of its own to confuse.
 */
export function KitErrorSummary({ id, title, errors }: { id: string; title: string; errors: ShownKitError[] }) {
  return (
    <div
      id={id}
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="mt-8 scroll-mt-4 border-4 border-red-700 p-4 focus:outline-3 focus:outline-offset-2 focus:outline-amber-400 sm:p-6"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-3 space-y-2">
        {errors.map((error) => (
          <li key={error.field}>
            <a href={`#${error.anchor}`} className="font-semibold text-red-800 underline underline-offset-2">
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
