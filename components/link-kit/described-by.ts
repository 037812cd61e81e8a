import type { ShownKitError } from './describe-kit-errors';

/** The ids a control (or its fieldset) is described by: its hint, then its error when it has one. */
export function describedBy(name: string, hint: boolean, error?: ShownKitError): string | undefined {
  return [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
}
