import { datePartId } from '@/components/forms/DateInput';
import type { DatePart, ErrorField, RawAnswers } from '@/lib/self-check/types';

/** A field error as the page shows it: already in the page's language. */
export type ShownError = { field: ErrorField; message: string; parts?: DatePart[] };

/** What the form shows: the answers as typed, and any errors in them. */
export type FormState = { raw: RawAnswers; errors: ShownError[] };

/** The id an error summary or Change link jumps to: a radio group's first option (its name), a date's first part at fault. */
export function fieldAnchor(error: Pick<ShownError, 'field' | 'parts'>): string {
  if (error.field === 'k80Date' || error.field === 'asOf') return datePartId(error.field, error.parts?.[0] ?? 'day');
  return error.field;
}
