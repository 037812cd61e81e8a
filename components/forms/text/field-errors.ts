import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { fieldAnchor } from '@/components/forms/form-state';
import { formatDate, keyDateWords } from '@/i18n/format';
import type { Era } from '@/lib/exemption-status';
import { era } from '@/server/today';
import type { FieldError } from '@/lib/self-check/types';
import type { ShownError } from '@/components/forms/form-state';
import type { Locale } from '@/lib/locales';

/**
 * Puts each answer's error into words, in the page's language: one wording per code for both
 * forms that ask the self-check's questions (the self-check and the link kit), so it lives with the
 * form kit and neither feature imports from the other. The words are `SelfCheck.errors` in messages/. `who` is who answers: the partner in the self-check
 * ("you"), Team Commaxx on the partner's behalf in the link kit ("the partner"). A K80 date after
 * the day assessed names that day, or says "today" when it is today: it may never have been typed.
 */
export async function describeFieldErrors(
  errors: FieldError[],
  who: Who,
  /**
   * Only from a server action, which is not rendered under the page's [locale] (next-intl's request
   * locale is not set there): the form's language. Pages leave it out and get the request's.
   */
  formLocale?: Locale,
): Promise<ShownError[]> {
  const locale = formLocale ?? (await getLocale());
  const t = formLocale
    ? await getTranslations({ locale, namespace: 'SelfCheck.errors' })
    : await getTranslations('SelfCheck.errors');
  return fieldErrorWords(t, locale, errors, await era(), who);
}

/** Who answers the questions: the partner itself, or Team Commaxx for it (the link kit). */
export type Who = 'partner' | 'team';

/** The translator of `SelfCheck.errors`: next-intl's getTranslations on a page, createTranslator in a unit test. */
export type ErrorTranslator = Awaited<ReturnType<typeof getTranslations<'SelfCheck.errors'>>>;

/** describeFieldErrors with a given translator and locale. */
export function fieldErrorWords(t: ErrorTranslator, locale: Locale, errors: FieldError[], era: Era, who: Who): ShownError[] {
  return errors.map((error) => {
    const { field, parts } = error;
    const values = {
      who,
      field,
      // The required answer's words match its question: "on that day" once the day comes first.
      when: era === 'ended' ? 'past' : 'now',
      subject: t('dateSubject', { field, who }),
      parts: (parts ?? []).join('_'),
      announced: keyDateWords(locale).announced,
      asOf: error.code === 'date-after-as-of' ? formatDate(locale, error.asOf) : '',
    };
    const messages: Record<FieldError['code'], () => string> = {
      repeated: () => t('repeated'),
      'too-long': () => t('tooLong'),
      required: () => t('required', values),
      'invalid-option': () => t('invalidOption', values),
      'date-incomplete': () => t('dateIncomplete', values),
      'date-not-numeric': () => t('dateNotNumeric', values),
      'date-year-digits': () => t('dateYearDigits', values),
      'date-not-real': () => t(parts?.[0] === 'month' ? 'dateMonthNotReal' : 'dateNotReal', values),
      'date-after-today': () => t('asOfAfterToday'),
      'date-before-announced': () => t('asOfBeforeAnnounced', values),
      'date-too-early': () => t('dateTooEarly', values),
      'date-after-as-of': () =>
        error.code === 'date-after-as-of' && !error.asOfIsToday ? t('dateAfterAsOf', values) : t('dateAfterToday', values),
    };
    return { field, message: messages[error.code](), parts, anchor: fieldAnchor(error) };
  });
}
