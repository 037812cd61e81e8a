import type { ReactNode } from 'react';
import { FieldMessage } from './FieldMessage';

type Props = { name: string; legend: string; hint: string; error?: { message: string }; errorPrefix: string; children: ReactNode };

/**
 * One question as GOV.UK frames it: a fieldset whose legend asks it, a hint that explains its
 * terms, and its error, both of which the fieldset is described by. The controls go inside.
 */
export function QuestionFieldset({ name, legend, hint, error, errorPrefix, children }: Props) {
  const describedBy = [`${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ');
  return (
    <div className={`question ${error ? 'question-error' : ''}`}>
      <fieldset aria-describedby={describedBy}>
        <legend className="text-xl font-semibold text-slate-900">{legend}</legend>
        <p id={`${name}-hint`} className="mt-1 text-slate-700">
          {hint}
        </p>
        <FieldMessage id={`${name}-error`} error={error} prefix={errorPrefix} />
        {children}
      </fieldset>
    </div>
  );
}
