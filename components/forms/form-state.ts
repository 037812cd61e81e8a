import { datePartId } from '@/components/forms/DateInput';
import type { DatePart, ErrorField, RawAnswers } from '@/lib/self-check/types';

/** A field error as the page shows it: already in the page's language, with the id its summary link jumps to. */
export type ShownError = { field: ErrorField; message: string; parts?: DatePart[]; anchor: string };

/** What the self-check's form shows: the answers as typed, and any errors in them. */
export type FormState = { raw: RawAnswers; errors: ShownError[] };

/**
 * The id an error summary or Change link jumps to (GOV.UK's convention): a radio group's first
 * option has the group's name; a date's first part at fault, else its day.
 */
export function fieldAnchor(error: { field: string; parts?: readonly DatePart[] }): string {
  if (error.field === 'k80Date' || error.field === 'asOf') return datePartId(error.field, error.parts?.[0] ?? 'day');
  return error.field;
}
