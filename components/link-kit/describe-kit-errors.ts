import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/routing';
import type { IsoDate } from '@/lib/calendar-date';
import type { KitError } from '@/lib/link-kit';
import type { DatePart, ErrorField } from '@/lib/self-check/types';
import { fieldAnchor } from '@/components/self-check/form-state';

/** A field error as the page shows it: in the page's language, with the id its summary link jumps to. */
export type ShownKitError = { field: 'lang' | 'target' | ErrorField; message: string; anchor: string; parts?: DatePart[] };

/**
 * Puts each error into words, in the page's language. The dates' messages are the self-check's
 * own, with the kit's names for the dates (the staff member fills them in, not the partner).
 * Every anchor follows GOV.UK's convention: a radio group's first option has the group's name.
 */
export async function describeKitErrors(locale: Locale, errors: KitError[], today: IsoDate): Promise<ShownKitError[]> {
  const t = await getTranslations({ locale, namespace: 'LinkKit.errors' });
  const dates = await getTranslations({ locale, namespace: 'SelfCheck.errors' });
  const byField = (field: KitError['field'], suffix: 'Required' | 'Invalid') =>
    t(`${field === 'k80Date' ? 'date' : field}${suffix}` as Parameters<typeof t>[0]);
  return errors.map((error) => {
    const { field } = error;
    const parts = 'parts' in error ? error.parts : undefined;
    const subject = t('dateSubject', { field });
    const which = (parts ?? []).join('_');
    const messages: Record<KitError['code'], () => string> = {
      repeated: () => t('repeated'),
      'too-long': () => t('tooLong'),
      required: () => byField(field, 'Required'),
      'invalid-option': () => byField(field, 'Invalid'),
      'date-incomplete': () => dates('dateIncomplete', { subject, parts: which }),
      'date-not-numeric': () => dates('dateNotNumeric', { subject, parts: which }),
      'date-year-digits': () => dates('dateYearDigits', { subject }),
      'date-not-real': () =>
        parts?.[0] === 'month' ? dates('dateMonthNotReal', { subject }) : dates('dateNotReal', { subject }),
      'date-after-today': () => t('asOfAfterToday'),
      'date-after-as-of': () =>
        error.code === 'date-after-as-of' && error.asOf !== today
          ? t('dateAfterAsOf', { asOf: formatDate(locale, error.asOf) })
          : t('dateAfterToday'),
    };
    const anchor = field === 'lang' || field === 'target' ? field : fieldAnchor({ field, parts });
    return { field, message: messages[error.code](), anchor, parts };
  });
}
