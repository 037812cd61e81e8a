import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format';
import { contactEmail } from '@/server/site-config';
import { today } from '@/server/today';
import type { Answers } from '@/lib/self-check/types';
import type { AnswerRow } from './answer-rows';
import type { VerdictText } from './verdict-words';

/**
 * The "Ask Team Commaxx" email, ready to send: it quotes the verdict (so "you" in it is not read as
 * Team Commaxx), says where the partner stands today when the verdict is for another day, and dates
 * the check, since the email is read later than it is written. The link opens at the verdict.
 */
export async function mailToTeam(text: VerdictText, rows: AnswerRow[], answers: Answers, resultUrl: string) {
  const t = await getTranslations('SelfCheck.actions');
  const labels = await getTranslations('SelfCheck.answers');
  const day = formatDate(await getLocale(), await today());
  // "(today)" on the page; in the email, "(the day of the check)".
  const answer = (row: AnswerRow) => (row.key === 'asOf' && !answers.asOf ? labels('asOfCheckDay', { date: day }) : row.answer);
  const body = [
    t('mailIntro', { date: day }),
    '',
    t('mailVerdict', { heading: text.heading }),
    ...(text.today ? [t('mailToday', { label: text.today.label, text: text.today.text })] : []),
    '',
    t('mailAnswers'),
    ...rows.map((row) => `- ${row.question}: ${answer(row)}`),
    '',
    t('mailLink', { link: resultUrl }),
  ].join('\n');
  return `mailto:${contactEmail()}?subject=${encodeURIComponent(t('mailSubject'))}&body=${encodeURIComponent(body)}`;
}
