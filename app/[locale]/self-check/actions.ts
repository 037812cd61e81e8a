'use server';

import { redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import type { FormState } from '@/components/forms/form-state';
import { describeFieldErrors } from '@/components/forms/text/field-errors';
import { linkPath } from '@/server/link-url';
import { routing } from '@/i18n/routing';
import { parseAnswers } from '@/lib/self-check/parse-answers';
import { EMPTY_RAW } from '@/lib/self-check/types';
import { today } from '@/server/today';

/**
 * Checks the self-check's answers. Valid answers redirect to the result link (Post/Redirect/Get:
 * the address bar holds the verdict's link, a refresh does not post again, Back works); invalid
 * ones come back as errors beside everything the partner typed. Nothing typed is logged.
 */
export async function checkAnswers(locale: string, _previous: FormState, data: FormData): Promise<FormState> {
  // A hand-made call can pass anything (proxy.ts refuses most): only the form's data is answered.
  if (!(data instanceof FormData)) return { raw: EMPTY_RAW, errors: [] };
  const language = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const result = parseAnswers(data, { source: 'form', today: await today() });
  if (!result.ok) return { raw: result.raw, errors: await describeFieldErrors(result.errors, 'partner', language) };
  redirect(linkPath({ language, target: 'self-check-answers', answers: result.answers }));
}
