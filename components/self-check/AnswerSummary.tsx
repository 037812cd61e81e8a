import { getTranslations } from 'next-intl/server';
import { JumpLink } from '@/components/forms/JumpLink';
import { questionId } from '@/components/forms/QuestionFieldset';
import type { AnswerRow } from './text/answer-rows';

/**
 * GOV.UK's "check your answers" list: each answer with a Change link to its question below. With
 * JavaScript the link jumps to the field (the chosen option of a radio question); without, it asks
 * for this result again with `change`, so that the page opens at that question, legend in view,
 * with its answer focused (`query`: the result's own query).
 */
export async function AnswerSummary({ rows, query }: { rows: AnswerRow[]; query: string }) {
  const t = await getTranslations('SelfCheck.answers');
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
                href={`?${query}&change=${row.key}#${questionId(row.key)}`}
                className="text-blue-800 underline underline-offset-2"
              >
                {t('change')}
                <span className="sr-only"> {row.changeHidden}</span>
              </JumpLink>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
