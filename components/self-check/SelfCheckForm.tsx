'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { DateInput } from '@/components/forms/DateInput';
import { ErrorSummary } from '@/components/forms/ErrorSummary';
import { RadioGroup } from '@/components/forms/RadioGroup';
import type { FormState } from '@/components/forms/form-state';
import { fieldsInOrder } from '@/lib/self-check/field-order';
import { CSP_OPTIONS, K80_OPTIONS, QMTH_OPTIONS, type ErrorField, type RawAnswers } from '@/lib/self-check/types';
import { markSubmitted, recallAnswers, rememberAnswers } from './browser-memory';
import type { FormCopy } from './text/form-copy';

/** The summary lists the errors as their fields appear in the form (GOV.UK), whatever order they were found in. */
function inFormOrder<E extends { field: ErrorField }>(errors: readonly E[], dayFirst: boolean): E[] {
  const order = fieldsInOrder(dayFirst ? 'ended' : 'in-force');
  const rank = (e: E) => order.indexOf(e.field);
  return [...errors].sort((a, b) => rank(a) - rank(b));
}

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  initial: FormState;
  copy: FormCopy;
  title: string;
  /** The heading over the questions, below the error summary so that the summary comes first. */
  heading: string;
  /**
   * Show the heading: over a result's Change form it says what the form is for; over the blank
   * form it only names the section for screen readers, and its room goes to the first question,
   * which then starts in a phone's first screen.
   */
  headingShown: boolean;
  /** The question a Change link asked for without JavaScript: opened and focused on load. */
  change?: ErrorField;
};

/**
 * The questions. Once the exemption has ended, the day to check comes first and the questions about
 * the partner's situation ask about that day; before the deadline, today is the default and the
 * day is an optional choice at the end. The server action checks the answers: valid ones lead to the result link, others
 * come back here with their errors and everything as typed. It works the same without JavaScript
 * (the browser posts the form and the server renders this state); with it, focus moves to the
 * error summary. Questions that do not apply yet are hidden by CSS (globals.css), before any
 * script runs, so nothing shifts when the page loads.
 */
export function SelfCheckForm({ action, initial, copy, title, heading, headingShown, change }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const summary = useRef<HTMLDivElement>(null);
  // The answers this history entry was left with, when the partner comes Back to it (see rememberAnswers).
  const [recalled, setRecalled] = useState<RawAnswers | null>(null);

  useEffect(() => {
    if (state !== initial && state.errors.length > 0) summary.current?.focus();
  }, [state, initial]);

  // Once, after hydration: the server's HTML cannot know this entry's history.state, and the
  // answers remembered when this form is sent are for the next visit, not for this one.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- deliberate: one read after hydration, see above
    setRecalled(recallAnswers());
  }, []);

  const showRecalled = state === initial && recalled !== null;
  const { errors } = state;
  const raw = showRecalled ? recalled : state.raw;
  const errorOf = (field: string) => errors.find((e) => e.field === field);
  const prefix = copy.errors.prefix;
  const asOfOpen = !!(raw.asOfDay || raw.asOfMonth || raw.asOfYear || errorOf('asOf') || change === 'asOf');
  const dateValues = (field: 'k80' | 'asOf') => ({
    day: raw[`${field}Day`],
    month: raw[`${field}Month`],
    year: raw[`${field}Year`],
  });
  const asOfInput = (
    <DateInput
      name="asOf"
      legend={copy.asOf.legend}
      hint={copy.asOf.hint}
      labels={copy.date}
      values={dateValues('asOf')}
      error={errorOf('asOf')}
      errorPrefix={prefix}
      autoFocus={change === 'asOf'}
    />
  );

  return (
    <>
      <title>{(errors.length > 0 ? copy.errors.titlePrefix : '') + title}</title>
      {errors.length > 0 && (
        <ErrorSummary
          ref={summary}
          title={copy.errors.summaryTitle}
          items={inFormOrder(errors, copy.dayFirst).map((e) => ({ key: e.field, message: e.message, target: e.anchor }))}
          className="mb-8"
          autoFocus
        />
      )}
      <h2 id="questions-heading" className={headingShown ? 'mb-6 text-2xl font-bold' : 'sr-only'}>
        {heading}
      </h2>
      <form
        // New defaults for every input when recalled answers replace the server's.
        key={showRecalled ? 'recalled' : 'served'}
        action={formAction}
        onSubmit={(event) => {
          markSubmitted();
          rememberAnswers(new FormData(event.currentTarget));
        }}
        noValidate
        className="self-check-form space-y-8"
      >
        {copy.dayFirst && asOfInput}
        <RadioGroup
          name="qmth"
          {...copy.qmth}
          options={QMTH_OPTIONS.map((value) => ({ value, label: copy.qmth[value] }))}
          value={raw.qmth}
          error={errorOf('qmth')}
          errorPrefix={prefix}
          autoFocus={change === 'qmth'}
        />
        <div className="reveal-when-qmth-yes space-y-8 border-l-4 border-slate-300 pl-4 sm:pl-6">
          <RadioGroup
            name="csp"
            {...copy.csp}
            options={CSP_OPTIONS.map((value) => ({ value, label: copy.csp[value] }))}
            value={raw.csp}
            error={errorOf('csp')}
            errorPrefix={prefix}
            autoFocus={change === 'csp'}
          />
          <RadioGroup
            name="k80"
            {...copy.k80}
            options={K80_OPTIONS.map((value) => ({ value, label: copy.k80[value] }))}
            value={raw.k80}
            error={errorOf('k80')}
            errorPrefix={prefix}
            autoFocus={change === 'k80'}
          />
          <div className="reveal-when-k80-yes">
            <DateInput
              name="k80Date"
              {...copy.k80Date}
              labels={copy.date}
              values={dateValues('k80')}
              error={errorOf('k80Date')}
              errorPrefix={prefix}
              autoFocus={change === 'k80Date'}
            />
          </div>
        </div>
        {!copy.dayFirst && (
          <details open={asOfOpen} className="group">
            <summary className="cursor-pointer text-lg text-blue-800 underline underline-offset-4">{copy.asOf.summary}</summary>
            <div className="mt-4 border-l-4 border-slate-300 pl-4 sm:pl-6">{asOfInput}</div>
          </details>
        )}
        <p className="text-slate-700">{copy.privacy}</p>
        <button type="submit" disabled={pending} className="primary-button">
          {copy.submit}
        </button>
      </form>
    </>
  );
}
