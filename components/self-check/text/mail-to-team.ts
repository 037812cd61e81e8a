import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format';
import type { Locale } from '@/i18n/routing';
import type { IsoDate } from '@/lib/calendar-date';
import { contactEmail } from '@/server/site-config';
import type { Answers } from '@/lib/self-check/types';
import type { AnswerRow } from './answer-rows';
import type { VerdictText } from './verdict-text';

/**
 * The "Ask Team Commaxx" email, ready to send: it quotes the verdict (so "you" in it is not read as
 * Team Commaxx), says where the partner stands today when the verdict is for another day, and dates
 * the check, since the email is read later than it is written.
 */
export async function mailToTeam(
  locale: Locale,
  text: VerdictText,
  rows: AnswerRow[],
  answers: Answers,
  resultUrl: string,
  today: IsoDate,
) {
  const t = await getTranslations({ locale, namespace: 'SelfCheck.actions' });
  const labels = await getTranslations({ locale, namespace: 'SelfCheck.answers' });
  const day = formatDate(locale, today);
  // "(today)" on the page; in the email, "(the day of the check)".
  const answer = (row: AnswerRow) => (row.key === 'asOf' && !answers.asOf ? labels('asOfCheckDay', { date: day }) : row.answer);
  const body = [
    t('mailIntro', { date: day }),
    '',
    t('mailVerdict', { heading: text.heading }),
    ...(text.today ? [t('mailToday', { date: day, heading: text.today })] : []),
    '',
    t('mailAnswers'),
    ...rows.map((row) => `- ${row.question}: ${answer(row)}`),
    '',
    t('mailLink', { link: resultUrl }),
  ].join('\n');
  return `mailto:${contactEmail()}?subject=${encodeURIComponent(t('mailSubject'))}&body=${encodeURIComponent(body)}`;
}
