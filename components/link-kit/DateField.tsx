import type { ShownKitError } from './describe-kit-errors';
import { FieldMessage } from '@/components/forms/FieldMessage';
import { describedBy } from './described-by';

type Props = { name: 'k80Date' | 'asOf'; label: string; hint: string; value: string; error?: ShownKitError; errorPrefix: string };

/**
 * A date as the result link writes it (2018-08-31), in one text field: the kit passes it on to the
 * link as typed, and parseAnswers reads it exactly as the self-check will. Plain text, not
 * type=date: a browser's date picker would send nothing at all for a half-typed date.
 */
export function DateField({ name, label, hint, value, error, errorPrefix }: Props) {
  return (
    <div className={error ? 'question-error' : undefined}>
      <label htmlFor={name} className="block text-lg font-semibold">
        {label}
      </label>
      <p id={`${name}-hint`} className="mt-1 text-slate-700">
        {hint}
      </p>
      <FieldMessage id={`${name}-error`} error={error} prefix={errorPrefix} />
      <input
        id={name}
        name={name}
        defaultValue={value}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, true, error)}
        className={`mt-2 block w-44 max-w-full rounded-none border-2 px-2 py-1.5 font-mono text-lg ${error ? 'border-red-700' : 'border-slate-800'}`}
      />
    </div>
  );
}
