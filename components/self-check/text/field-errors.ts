import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/routing';
import type { IsoDate } from '@/lib/calendar-date';
import type { FieldError } from '@/lib/self-check/types';
import type { ShownError } from './form-state';

/**
 * Puts each field error into words, in the page's language. A K80 date after the day assessed
 * names that day, or says "today" when it is today: the partner may never have typed one.
 */
export async function describeErrors(locale: Locale, errors: FieldError[], today: IsoDate): Promise<ShownError[]> {
  const t = await getTranslations({ locale, namespace: 'SelfCheck.errors' });
  return errors.map((error) => {
    const { field, parts } = error;
    const subject = t('dateSubject', { field });
    const which = (parts ?? []).join('_');
    const messages: Record<FieldError['code'], () => string> = {
      repeated: () => t('repeated'),
      'too-long': () => t('tooLong'),
      required: () =>
        field === 'qmth'
          ? t('qmthRequired')
          : field === 'csp'
            ? t('cspRequired')
            : field === 'k80'
              ? t('k80Required')
              : t('dateRequired'),
      'invalid-option': () => (field === 'qmth' ? t('qmthInvalid') : field === 'csp' ? t('cspInvalid') : t('k80Invalid')),
      'date-incomplete': () => t('dateIncomplete', { subject, parts: which }),
      'date-not-numeric': () => t('dateNotNumeric', { subject, parts: which }),
      'date-year-digits': () => t('dateYearDigits', { subject }),
      'date-not-real': () => (parts?.[0] === 'month' ? t('dateMonthNotReal', { subject }) : t('dateNotReal', { subject })),
      'date-after-today': () => t('asOfAfterToday'),
      'date-after-as-of': () =>
        error.code === 'date-after-as-of' && error.asOf !== today
          ? t('dateAfterAsOf', { asOf: formatDate(locale, error.asOf) })
          : t('dateAfterToday'),
    };
    return { field, message: messages[error.code](), parts };
  });
}
