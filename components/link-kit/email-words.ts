import 'server-only';
import type { getTranslations } from 'next-intl/server';
import { formatDate, keyDateWords } from '@/i18n/format';
import type { IsoDate } from '@/lib/calendar-date';
import type { Era } from '@/lib/exemption-status';
import type { LinkRequest } from '@/lib/link-kit';

/** The translator of `LinkKit`: next-intl's getTranslations on the page, createTranslator in a unit test. */
export type LinkKitTranslator = Awaited<ReturnType<typeof getTranslations<'LinkKit'>>>;

/**
 * The paragraph in one era: `LinkKit.email.*` while the exemption is in force, `LinkKit.emailEnded.*`
 * once it has ended, so that a paragraph is true on the day it is made. A prefilled self-check's
 * paragraph names its assessment date, or says it is the day the partner opens the link.
 */
export function emailWords(t: LinkKitTranslator, request: LinkRequest, url: string, era: Era): string {
  const asOf: IsoDate | undefined = request.target === 'self-check-answers' ? request.answers.asOf : undefined;
  const key = `${era === 'ended' ? 'emailEnded' : 'email'}.${request.target}` as Parameters<LinkKitTranslator>[0];
  return t(key, {
    ...keyDateWords(request.language),
    asOfGiven: asOf ? 'yes' : 'no',
    asOf: asOf ? formatDate(request.language, asOf) : '',
    link: url,
  });
}
