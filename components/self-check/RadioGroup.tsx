import type { ShownError } from './form-state';
import { FieldMessage } from '@/components/forms/FieldMessage';

type Props = {
  name: string;
  legend: string;
  hint: string;
  options: { value: string; label: string }[];
  value: string;
  error?: ShownError;
  errorPrefix: string;
};

/** A question with one answer among a few: a fieldset whose legend asks it and whose hint explains its terms. */
export function RadioGroup({ name, legend, hint, options, value, error, errorPrefix }: Props) {
  const describedBy = [`${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ');
  return (
    <div className={`question ${error ? 'question-error' : ''}`}>
      <fieldset aria-describedby={describedBy}>
        <legend className="text-xl font-semibold text-slate-900">{legend}</legend>
        <p id={`${name}-hint`} className="mt-1 text-slate-700">
          {hint}
        </p>
        <FieldMessage id={`${name}-error`} error={error} prefix={errorPrefix} />
        <div className="mt-3 space-y-2">
          {options.map((option, index) => (
            <div key={option.value} className="flex items-start gap-3">
              <input
                type="radio"
                id={index === 0 ? name : `${name}-${option.value}`}
                name={name}
                value={option.value}
                defaultChecked={value === option.value}
                aria-invalid={error ? true : undefined}
                className="mt-0.5 h-6 w-6 shrink-0 accent-blue-800"
              />
              <label htmlFor={index === 0 ? name : `${name}-${option.value}`} className="cursor-pointer text-lg leading-7">
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
