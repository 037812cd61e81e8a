import type { ReactNode } from 'react';
import { FieldMessage } from './FieldMessage';

type Props = {
  name: string;
  legend: string;
  hint?: string;
  error?: { message: string };
  errorPrefix: string;
  /** A smaller legend, for a question inside another (the link kit's prefilled answers). */
  small?: boolean;
  children: ReactNode;
};

/** The id of a question's frame: a fragment that shows the whole question, legend first. */
export const questionId = (name: string) => `${name}-question`;

/** The ids a control (or its fieldset) is described by: its hint, then its error when it has one. */
export function describedBy(name: string, hint: boolean, error?: { message: string }): string | undefined {
  return [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
}

/**
 * One question as GOV.UK frames it, for the self-check and the link kit: a fieldset whose legend
 * asks it, a hint that explains its terms, and its error, both of which the fieldset is described
 * by. The controls go inside.
 */
export function QuestionFieldset({ name, legend, hint, error, errorPrefix, small, children }: Props) {
  return (
    // The question's id is where a Change link without JavaScript lands: its legend in view, not only its first control.
    <div id={questionId(name)} className={`question scroll-mt-2 ${error ? 'question-error' : ''}`}>
      <fieldset aria-describedby={describedBy(name, !!hint, error)}>
        <legend className={`${small ? 'text-lg' : 'text-xl'} font-semibold text-slate-900`}>{legend}</legend>
        {hint && (
          <p id={`${name}-hint`} className="mt-1 text-slate-700">
            {hint}
          </p>
        )}
        <FieldMessage id={`${name}-error`} error={error} prefix={errorPrefix} />
        {children}
      </fieldset>
    </div>
  );
}
