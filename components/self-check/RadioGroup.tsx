import type { ShownError } from './form-state';
import { QuestionFieldset } from '@/components/forms/QuestionFieldset';

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
  return (
    <QuestionFieldset name={name} legend={legend} hint={hint} error={error} errorPrefix={errorPrefix}>
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
    </QuestionFieldset>
  );
}
