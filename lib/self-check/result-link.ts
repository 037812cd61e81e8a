import type { Answers } from './types';

/** The result link's fields, in the order the link spells them; any other parameter (utm_source…) is ignored. */
export const RESULT_LINK_FIELDS = ['qmth', 'csp', 'k80', 'k80Date', 'asOf'] as const;

/**
 * The canonical query of a result link, e.g. `qmth=yes&csp=indirect&k80=yes&k80Date=2018-03-14&asOf=2020-10-01`
 * (no leading '?'). Only the answers present are written, always in the same order, so one set
 * of answers has exactly one link; parseAnswers(…, { source: 'link' }) reads it back.
 */
export function answersToQuery(answers: Answers): string {
  const params = new URLSearchParams();
  for (const field of RESULT_LINK_FIELDS) {
    const value = answers[field];
    if (value !== undefined) params.append(field, value);
  }
  return params.toString();
}
