import type { ReactNode } from 'react';
import { QuestionFieldset } from './QuestionFieldset';

type Props = {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  value: string;
  error?: { message: string };
  errorPrefix: string;
  /** Focus the chosen option (else the first) when the page loads: a Change link followed without JavaScript. */
  autoFocus?: boolean;
  /** Shown after the options, inside the question: what an option asks for next. */
  children?: ReactNode;
};

/**
 * A question with one answer among a few: a fieldset whose legend asks it and whose hint explains
 * its terms. As in GOV.UK's radios, the first option's id is the question's name, so an error
 * summary or a Change link can point at `#name` without knowing the options.
 */
export function RadioGroup({ name, legend, hint, options, value, error, errorPrefix, autoFocus, children }: Props) {
  return (
    <QuestionFieldset name={name} legend={legend} hint={hint} error={error} errorPrefix={errorPrefix}>
      <div className="mt-3 space-y-2">
        {options.map((option, index) => {
          const id = index === 0 ? name : `${name}-${option.value}`;
          // The chosen answer takes the focus, so a first arrow key does not move off it.
          const focused = autoFocus && (options.some((o) => o.value === value) ? option.value === value : index === 0);
          return (
            <div key={option.value} className="flex items-start gap-3">
              {/* aria-invalid: screen readers announce it on the radio that has the focus, where a partner
                  arrives from the error summary; axe accepts it, jsx-a11y's role table does not list it. */}
              {/* eslint-disable-next-line jsx-a11y/role-supports-aria-props */}
              <input
                type="radio"
                id={id}
                name={name}
                value={option.value}
                defaultChecked={value === option.value}
                autoFocus={focused}
                aria-invalid={error ? true : undefined}
                className="mt-0.5 h-6 w-6 shrink-0 accent-blue-800"
              />
              <label htmlFor={id} className="cursor-pointer text-lg leading-7">
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
      {children}
    </QuestionFieldset>
  );
}
