import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { AnswerRow } from './answer-rows';
import { JumpLink } from '@/components/forms/JumpLink';

/** "Part of CSP" → "part of CSP" inside a sentence; "QMTH partner today" keeps its acronym whole. */
const midSentence = (question: string) =>
  /^\p{Lu}\p{Ll}/u.test(question) ? question[0].toLowerCase() + question.slice(1) : question;

/**
 * GOV.UK's "check your answers" list: each answer with a Change link to its question below. With
 * JavaScript the link jumps to the field; without, it asks for this result again with `change`,
 * so that the page opens that question and focuses it (`query`: the result's own query).
 */
export async function AnswerSummary({ locale, rows, query }: { locale: Locale; rows: AnswerRow[]; query: string }) {
  const t = await getTranslations({ locale, namespace: 'SelfCheck.answers' });
  return (
    <section aria-labelledby="answers-heading" className="mt-10">
      <h2 id="answers-heading" className="text-2xl font-bold">
        {t('heading')}
      </h2>
      <dl className="mt-4 divide-y divide-slate-300 border-y border-slate-300">
        {rows.map((row) => (
          <div key={row.key} className="grid gap-1 py-3 sm:grid-cols-[1fr_1fr_auto] sm:gap-4">
            <dt className="font-semibold">{row.question}</dt>
            <dd>{row.answer}</dd>
            <dd className="print:hidden">
              <JumpLink
                target={row.anchor}
                href={`?${query}&change=${row.key}#${row.anchor}`}
                className="text-blue-800 underline underline-offset-2"
              >
                {t('change')}
                <span className="sr-only"> {t('changeHidden', { question: midSentence(row.question) })}</span>
              </JumpLink>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
