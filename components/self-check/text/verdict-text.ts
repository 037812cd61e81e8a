import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { IsoDate } from '@/lib/calendar-date';
import type { Answers, Verdict } from '@/lib/self-check/types';
import { verdictToday, verdictWords, type VerdictText } from './verdict-words';

export type { VerdictText } from './verdict-words';

/** verdictWords with the page's translator, for `answers` assessed on `today` in Oslo. */
export async function verdictText(locale: Locale, verdict: Verdict, answers: Answers, today: IsoDate): Promise<VerdictText> {
  const t = await getTranslations({ locale, namespace: 'SelfCheck.verdict' });
  return verdictWords(t, locale, verdict, verdictToday(answers, verdict, today), answers, today);
}
