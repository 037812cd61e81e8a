import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/routing';
import { isRealDate, toIsoDate, type IsoDate } from '@/lib/calendar-date';
import type { FieldError, RawAnswers } from '@/lib/self-check/types';
import type { ShownError } from './form-state';

/** The day the K80 date was compared with: the typed assessment date, or today. */
function assessedDay(raw: RawAnswers, today: IsoDate): IsoDate {
  const [day, month, year] = [raw.asOfDay, raw.asOfMonth, raw.asOfYear].map(Number);
  return isRealDate(year, month, day) ? toIsoDate(year, month, day) : today;
}

/** Puts each field error into words, in the page's language. */
export async function describeErrors(locale: Locale, errors: FieldError[], raw: RawAnswers, today: IsoDate): Promise<ShownError[]> {
  const t = await getTranslations({ locale, namespace: 'SelfCheck.errors' });
  return errors.map(({ field, code, parts }) => {
    const subject = t('dateSubject', { field });
    const messages: Record<FieldError['code'], () => string> = {
      repeated: () => t('repeated'),
      'too-long': () => t('tooLong'),
      required: () =>
        field === 'qmth' ? t('qmthRequired') : field === 'csp' ? t('cspRequired') : field === 'k80' ? t('k80Required') : t('dateRequired'),
      'invalid-option': () => (field === 'qmth' ? t('qmthInvalid') : field === 'csp' ? t('cspInvalid') : t('k80Invalid')),
      'date-incomplete': () => t('dateIncomplete', { subject, parts: (parts ?? []).join('_') }),
      'date-not-numeric': () => t('dateNotNumeric', { subject }),
      'date-not-real': () => t('dateNotReal', { subject }),
      'date-after-as-of': () => t('dateAfterAsOf', { asOf: formatDate(locale, assessedDay(raw, today)) }),
    };
    return { field, message: messages[code](), parts };
  });
}
