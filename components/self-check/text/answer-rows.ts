import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/routing';
import type { IsoDate } from '@/lib/calendar-date';
import type { Answers } from '@/lib/self-check/types';
import { fieldAnchor } from './form-state';

export type AnswerRow = { key: string; question: string; answer: string; anchor: string };

/** The partner's answers as "question: answer" rows, each with where in the form to change it. */
export async function answerRows(locale: Locale, answers: Answers, today: IsoDate): Promise<AnswerRow[]> {
  const t = await getTranslations({ locale, namespace: 'SelfCheck.answers' });
  const rows: AnswerRow[] = [{ key: 'qmth', question: t('qmth'), answer: t(`value.${answers.qmth}`), anchor: 'qmth' }];
  if (answers.csp) rows.push({ key: 'csp', question: t('csp'), answer: t(`value.${answers.csp}`), anchor: 'csp' });
  if (answers.k80) rows.push({ key: 'k80', question: t('k80'), answer: t(`value.${answers.k80}`), anchor: 'k80' });
  if (answers.k80Date)
    rows.push({
      key: 'k80Date',
      question: t('k80Date'),
      answer: formatDate(locale, answers.k80Date),
      anchor: fieldAnchor({ field: 'k80Date' }),
    });
  rows.push({
    key: 'asOf',
    question: t('asOf'),
    answer: answers.asOf ? formatDate(locale, answers.asOf) : t('asOfToday', { date: formatDate(locale, today) }),
    anchor: fieldAnchor({ field: 'asOf' }),
  });
  return rows;
}
