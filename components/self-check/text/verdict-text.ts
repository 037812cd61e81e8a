import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Answers, Assessment } from '@/lib/self-check/types';
import { today } from '@/server/today';
import { verdictWords, type VerdictText } from './verdict-words';

export type { VerdictText } from './verdict-words';

/** verdictWords with the request's translator, for `answers` assessed on today in Oslo. */
export async function verdictText(assessment: Assessment, answers: Answers): Promise<VerdictText> {
  const t = await getTranslations('SelfCheck.verdict');
  return verdictWords(t, await getLocale(), assessment, answers, await today());
}
