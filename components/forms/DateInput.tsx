import { DATE_KEYS, type DateField, type DatePart } from '@/lib/self-check/types';
import { QuestionFieldset } from './QuestionFieldset';

type Props = {
  name: DateField;
  legend: string;
  hint: string;
  labels: Record<DatePart, string>;
  values: Record<DatePart, string>;
  error?: { message: string; parts?: DatePart[] };
  errorPrefix: string;
  small?: boolean;
  /** Focus the day when the page loads (a Change link followed without JavaScript). */
  autoFocus?: boolean;
};

const PARTS = ['day', 'month', 'year'] as const;

/** The id of one part's input: what error summaries and Change links point at. */
export const datePartId = (name: DateField, part: DatePart) => `${name}-${part}`;

/**
 * GOV.UK's date input, for the self-check and the link kit: day, month and year in three numeric
 * fields, which any phone keyboard fills. No autocomplete="off": it would stop the browser from
 * filling the fields in again when the partner comes Back to the form.
 */
export function DateInput({ name, legend, hint, labels, values, error, errorPrefix, small, autoFocus }: Props) {
  const partAtFault = (part: DatePart) => !!error && (!error.parts || error.parts.includes(part));
  return (
    <QuestionFieldset name={name} legend={legend} hint={hint} error={error} errorPrefix={errorPrefix} small={small}>
      <div className="mt-3 flex flex-wrap gap-4">
        {PARTS.map((part) => (
          <div key={part}>
            <label htmlFor={datePartId(name, part)} className="block text-base">
              {labels[part]}
            </label>
            <input
              id={datePartId(name, part)}
              name={DATE_KEYS[name][part]}
              defaultValue={values[part]}
              inputMode="numeric"
              autoFocus={autoFocus && part === 'day'}
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
