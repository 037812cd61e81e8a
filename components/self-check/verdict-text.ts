import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/routing';
import { KEY_DATES } from '@/lib/exemption-dates';
import type { Answers, Verdict } from '@/lib/self-check/types';

/** A verdict in words, in the page's language: what the panel, the summary and the email say. */
export async function verdictText(locale: Locale, verdict: Verdict, answers: Answers) {
  const t = await getTranslations({ locale, namespace: 'SelfCheck.verdict' });
  const date = (iso: string) => formatDate(locale, iso as Parameters<typeof formatDate>[1]);
  const dates = {
    k80SigningDeadline: date(KEY_DATES.k80SigningDeadline),
    finalExpiry: date(KEY_DATES.finalExpiry),
    statusAffectedFrom: date(KEY_DATES.statusAffectedFrom),
    k80Date: answers.k80Date ? date(answers.k80Date) : '',
  };
  return {
    heading: t(`heading.${verdict.id}`),
    assessedFor: t('assessedFor', { date: date(verdict.asOf) }),
    daysLeft: verdict.daysLeft === undefined ? null : t('daysLeft', { days: verdict.daysLeft, lastDay: dates.finalExpiry }),
    reasons: verdict.reasons.map((reason) => t(`reason.${reason}`, dates)),
    rule: t(`rule.${verdict.rule}`, dates),
    next: t(`next.${verdict.id}`, dates),
  };
}

export type VerdictText = Awaited<ReturnType<typeof verdictText>>;
