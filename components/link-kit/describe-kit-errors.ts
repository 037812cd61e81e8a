import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/routing';
import type { IsoDate } from '@/lib/calendar-date';
import { assessedDay, type KitError, type KitField, type KitRaw } from '@/lib/link-kit';

/** A field error as the page shows it: in the page's language, with the id its summary link jumps to. */
export type ShownKitError = { field: KitField; message: string; anchor: string };

/** The radio groups' errors lead to their first option; every other field is its own control. */
const ANCHOR: Partial<Record<KitField, string>> = { lang: 'lang-nb', target: 'target-announcement' };

/** Puts each error into words, in the page's language. */
export async function describeKitErrors(locale: Locale, errors: KitError[], raw: KitRaw, today: IsoDate): Promise<ShownKitError[]> {
  const t = await getTranslations({ locale, namespace: 'LinkKit.errors' });
  // A key made from a field's name: the kit's rules give these codes only to fields that have one.
  const byField = (field: KitField, suffix: 'Required' | 'Invalid') =>
    t(`${field === 'k80Date' ? 'date' : field}${suffix}` as Parameters<typeof t>[0]);
  return errors.map(({ field, code }) => {
    const messages: Record<KitError['code'], () => string> = {
      repeated: () => t('repeated'),
      'too-long': () => t('tooLong'),
      required: () => byField(field, 'Required'),
      'invalid-option': () => byField(field, 'Invalid'),
      // A link's date is one field (2018-08-31): a missing part is a wrongly written date.
      'date-incomplete': () => t('dateFormat', { field }),
      'date-not-numeric': () => t('dateFormat', { field }),
      'date-not-real': () => t('dateNotReal', { field }),
      'date-after-as-of': () => t('dateAfterAsOf', { asOf: formatDate(locale, assessedDay(raw, today)) }),
    };
    return { field, message: messages[code](), anchor: ANCHOR[field] ?? field };
  });
}
