import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { fieldAnchor } from '@/components/forms/form-state';
import { formatDate } from '@/i18n/format';
import { fieldsInOrder } from '@/lib/self-check/field-order';
import type { Answers, ErrorField } from '@/lib/self-check/types';
import { era, today } from '@/server/today';

export type AnswerRow = {
  key: ErrorField;
  question: string;
  answer: string;
  /** The field a Change link focuses (with JavaScript) and the id its question's fragment is made from. */
  anchor: string;
  /** The Change link's hidden words: "Change" + this names the answer. */
  changeHidden: string;
};

/**
 * The partner's answers as "question: answer" rows, in the form's order (lib/self-check/field-order.ts).
 */
export async function answerRows(answers: Answers): Promise<AnswerRow[]> {
  const t = await getTranslations('SelfCheck.answers');
  const locale = await getLocale();
  const day = formatDate(locale, answers.asOf ?? (await today()));
  const row = (key: ErrorField, question: string, answer: string): AnswerRow => ({
    key,
    question,
    answer,
    anchor: fieldAnchor({ field: key }),
    changeHidden: t(`changeHidden.${key}`),
  });
  const rows: Partial<Record<ErrorField, AnswerRow>> = {
    qmth: row('qmth', t('qmth', { date: day }), t(`value.${answers.qmth}`)),
    csp: answers.csp && row('csp', t('csp', { date: day }), t(`value.${answers.csp}`)),
    k80: answers.k80 && row('k80', t('k80'), t(`value.${answers.k80}`)),
    k80Date: answers.k80Date && row('k80Date', t('k80Date'), formatDate(locale, answers.k80Date)),
    asOf: row('asOf', t('asOf'), answers.asOf ? day : t('asOfToday', { date: day })),
  };
  return fieldsInOrder(await era()).flatMap((field) => rows[field] ?? []);
}
