'use client';

import { useActionState, useEffect, useRef } from 'react';
import { DateInput } from './DateInput';
import { ErrorSummary } from '@/components/forms/ErrorSummary';
import type { FormCopy } from './form-copy';
import { fieldAnchor, SUBMITTED_FLAG, type FormState } from './form-state';
import { RadioGroup } from './RadioGroup';

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  initial: FormState;
  copy: FormCopy;
  title: string;
  /** The heading over the questions, below the error summary so that the summary comes first. */
  heading: string;
};

/**
 * The questions. The server action checks the answers: valid ones lead to the result link, others
 * come back here with their errors and everything as typed. It works the same without JavaScript
 * (the browser posts the form and the server renders this state); with it, focus moves to the
 * error summary. Questions that do not apply yet are hidden by CSS (globals.css), before any
 * script runs, so nothing shifts when the page loads.
 */
export function SelfCheckForm({ action, initial, copy, title, heading }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state !== initial && state.errors.length > 0) summary.current?.focus();
  }, [state, initial]);

  const { raw, errors } = state;
  const errorOf = (field: string) => errors.find((e) => e.field === field);
  const prefix = copy.errors.prefix;
  const asOfOpen = !!(raw.asOfDay || raw.asOfMonth || raw.asOfYear || errorOf('asOf'));

  return (
    <>
      <title>{(errors.length > 0 ? copy.errors.titlePrefix : '') + title}</title>
      {errors.length > 0 && (
        <ErrorSummary
          ref={summary}
          title={copy.errors.summaryTitle}
          items={errors.map((e) => ({ key: e.field, message: e.message, target: fieldAnchor(e) }))}
          className="mb-8"
        />
      )}
      <h2 id="questions-heading" className="mb-6 text-2xl font-bold">
        {heading}
      </h2>
      <form
        action={formAction}
        onSubmit={() => sessionStorage.setItem(SUBMITTED_FLAG, '1')}
        noValidate
        className="self-check-form space-y-8"
      >
        <RadioGroup
          name="qmth"
          {...copy.qmth}
          options={[
            { value: 'yes', label: copy.qmth.yes },
            { value: 'no', label: copy.qmth.no },
          ]}
          value={raw.qmth}
          error={errorOf('qmth')}
          errorPrefix={prefix}
        />
        <div className="reveal-when-qmth-yes space-y-8 border-l-4 border-slate-300 pl-4 sm:pl-6">
          <RadioGroup
            name="csp"
            {...copy.csp}
            options={[
              { value: 'direct', label: copy.csp.direct },
              { value: 'indirect', label: copy.csp.indirect },
              { value: 'none', label: copy.csp.none },
            ]}
            value={raw.csp}
            error={errorOf('csp')}
            errorPrefix={prefix}
          />
          <RadioGroup
            name="k80"
            {...copy.k80}
            options={[
              { value: 'yes', label: copy.k80.yes },
              { value: 'no', label: copy.k80.no },
              { value: 'unsure', label: copy.k80.unsure },
            ]}
            value={raw.k80}
            error={errorOf('k80')}
            errorPrefix={prefix}
          />
          <div className="reveal-when-k80-yes">
            <DateInput
              name="k80Date"
              {...copy.k80Date}
              labels={copy.date}
              values={{ day: raw.k80Day, month: raw.k80Month, year: raw.k80Year }}
              error={errorOf('k80Date')}
              errorPrefix={prefix}
            />
          </div>
        </div>
        <details open={asOfOpen} className="group">
          <summary className="cursor-pointer text-lg text-blue-800 underline underline-offset-4">{copy.asOf.summary}</summary>
          <div className="mt-4 border-l-4 border-slate-300 pl-4 sm:pl-6">
            <DateInput
              name="asOf"
              legend={copy.asOf.legend}
              hint={copy.asOf.hint}
              labels={copy.date}
              values={{ day: raw.asOfDay, month: raw.asOfMonth, year: raw.asOfYear }}
              error={errorOf('asOf')}
              errorPrefix={prefix}
            />
          </div>
        </details>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-green-800 px-5 py-3 text-lg font-semibold text-white shadow-[0_2px_0_#14532d] hover:bg-green-900 disabled:opacity-70"
        >
          {copy.submit}
        </button>
      </form>
    </>
  );
}
