import { FieldMessage } from '@/components/forms/FieldMessage';
import { describedBy } from '@/components/forms/QuestionFieldset';

type Props = {
  name: string;
  label: string;
  /** The first, empty choice: the answer is left out of the link. */
  empty: string;
  options: { value: string; label: string }[];
  value: string;
  error?: { message: string };
  errorPrefix: string;
};

/**
 * A prefilled answer: a select whose empty choice means "not answered" (a radio, once chosen,
 * cannot be unchosen). One control, so a label rather than QuestionFieldset's legend, as GOV.UK
 * frames a select.
 */
export function SelectField({ name, label, empty, options, value, error, errorPrefix }: Props) {
  return (
    <div className={error ? 'question-error' : undefined}>
      <label htmlFor={name} className="block text-lg font-semibold">
        {label}
      </label>
      <FieldMessage id={`${name}-error`} error={error} prefix={errorPrefix} />
      <select
        id={name}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, false, error)}
        className={`mt-2 block min-h-11 w-full max-w-md rounded-none border-2 bg-white px-2 py-1.5 text-lg ${error ? 'border-red-700' : 'border-slate-800'}`}
      >
        <option value="">{empty}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
