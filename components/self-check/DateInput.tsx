import type { DatePart } from '@/lib/self-check/types';
import type { ShownError } from './form-state';
import { QuestionFieldset } from '@/components/forms/QuestionFieldset';

type Props = {
  name: 'k80Date' | 'asOf';
  legend: string;
  hint: string;
  labels: Record<DatePart, string>;
  values: Record<DatePart, string>;
  error?: ShownError;
  errorPrefix: string;
};

const FIELD_NAME: Record<Props['name'], Record<DatePart, string>> = {
  k80Date: { day: 'k80Day', month: 'k80Month', year: 'k80Year' },
  asOf: { day: 'asOfDay', month: 'asOfMonth', year: 'asOfYear' },
};

/** GOV.UK's date input: day, month and year in three numeric fields, which any phone keyboard fills. */
export function DateInput({ name, legend, hint, labels, values, error, errorPrefix }: Props) {
  const partAtFault = (part: DatePart) => !!error && (!error.parts || error.parts.includes(part));
  return (
    <QuestionFieldset name={name} legend={legend} hint={hint} error={error} errorPrefix={errorPrefix}>
      <div className="mt-3 flex flex-wrap gap-4">
        {(['day', 'month', 'year'] as const).map((part) => (
          <div key={part}>
            <label htmlFor={`${name}-${part}`} className="block text-base">
              {labels[part]}
            </label>
            <input
              id={`${name}-${part}`}
              name={FIELD_NAME[name][part]}
              defaultValue={values[part]}
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={partAtFault(part) ? true : undefined}
              className={`mt-1 block rounded-none border-2 px-2 py-1.5 text-lg ${part === 'year' ? 'w-24' : 'w-16'} ${
                partAtFault(part) ? 'border-red-700' : 'border-slate-800'
              }`}
            />
          </div>
        ))}
      </div>
    </QuestionFieldset>
  );
}
