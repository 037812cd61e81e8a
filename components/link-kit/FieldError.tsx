import type { ShownKitError } from './describe-kit-errors';

/** The error beside a field; its id is what the field's aria-describedby points to. */
export function FieldError({ id, error, prefix }: { id: string; error?: ShownKitError; prefix: string }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-2 font-semibold text-red-800">
      <span className="sr-only">{prefix} </span>
      {error.message}
    </p>
  );
}

/** The ids a control (or its fieldset) is described by: its hint, then its error when it has one. */
export function describedBy(name: string, hint: boolean, error?: ShownKitError): string | undefined {
  return [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
}
