import type { ReactNode } from 'react';
import type { ShownKitError } from './describe-kit-errors';
import { FieldMessage } from '@/components/forms/FieldMessage';
import { describedBy } from './described-by';

type Props = {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  value: string;
  error?: ShownKitError;
  errorPrefix: string;
  /** Shown after the options, inside the group: what the last option asks for next. */
  children?: ReactNode;
};

/**
 * One choice among a few: a fieldset whose legend asks the question, with radios of 24 px and
 * labels that are part of the target. Each option's id is `name-value`; the first one is where an
 * error summary link leads.
 */
export function ChoiceGroup({ name, legend, hint, options, value, error, errorPrefix, children }: Props) {
  return (
    <div className={error ? 'question-error' : undefined}>
      <fieldset aria-describedby={describedBy(name, !!hint, error)}>
        <legend className="text-xl font-semibold text-slate-900">{legend}</legend>
        {hint && (
          <p id={`${name}-hint`} className="mt-1 text-slate-700">
            {hint}
          </p>
        )}
        <FieldMessage id={`${name}-error`} error={error} prefix={errorPrefix} />
        <div className="mt-3 space-y-2">
          {options.map((option) => (
            <div key={option.value} className="flex items-start gap-3">
              <input
                type="radio"
                id={`${name}-${option.value}`}
                name={name}
                value={option.value}
                defaultChecked={value === option.value}
                aria-invalid={error ? true : undefined}
                className="mt-0.5 h-6 w-6 shrink-0 accent-blue-800"
              />
              <label htmlFor={`${name}-${option.value}`} className="cursor-pointer text-lg leading-7">
                {option.label}
              </label>
            </div>
          ))}
        </div>
        {children}
      </fieldset>
    </div>
  );
}
