import { daysInclusive, type IsoDate } from '../calendar-date';
import { KEY_DATES, type KeyDateName } from '../exemption-dates';
import type { Answers, ReasonId, Verdict, VerdictId } from './types';

/**
 * The self-check's verdict, read from the announcement (see shared exemption-rules.md, S1–S4).
 * Pure: the day assessed is answers.asOf, or the injected `today` (Europe/Oslo); no clock.
 *
 * covered  = k80 = yes and k80Date <= k80SigningDeadline (S2: "on or before August 31st 2018")
 * inForce  = asOf <= finalExpiry (S3); from statusAffectedFrom, the next day, it has ended (S4)
 * signing  = in time (covered) | late (k80Date after the deadline) | not signed (k80 = no)
 *            | unknown (k80 = unsure, or no K80 date to judge by)
 *
 * First matching row wins:
 *
 * | verdict         | rule | when                            | reasons                                                                             | keyDates                                            |
 * |-----------------|------|---------------------------------|-------------------------------------------------------------------------------------|-----------------------------------------------------|
 * | not-qmth        | S1   | qmth = no                       | not-qmth, direct-csp-required                                                       | k80SigningDeadline                                  |
 * | direct-csp      | S1   | csp = direct, covered, inForce  | is-direct-csp, k80-signed-in-time, exemption-in-force, move-not-affected-until-2021 | k80SigningDeadline, finalExpiry, statusAffectedFrom |
 * | direct-csp      | S1   | csp = direct, covered, ended    | is-direct-csp, k80-signed-in-time, exemption-ended, move-would-affect               | k80SigningDeadline, finalExpiry, statusAffectedFrom |
 * | direct-csp      | S1   | csp = direct, signing unknown   | is-direct-csp, k80-unknown                                                          | k80SigningDeadline                                  |
 * | direct-csp      | S1   | csp = direct, not signed        | is-direct-csp, k80-not-signed, move-would-affect                                    | k80SigningDeadline                                  |
 * | direct-csp      | S1   | csp = direct, signed late       | is-direct-csp, k80-signed-late, move-would-affect                                   | k80SigningDeadline                                  |
 * | undetermined    | S2   | signing unknown                 | k80-unknown                                                                         | k80SigningDeadline                                  |
 * | not-covered     | S2   | not signed                      | k80-not-signed, direct-csp-required                                                 | k80SigningDeadline                                  |
 * | not-covered     | S2   | signed late                     | k80-signed-late, direct-csp-required                                                | k80SigningDeadline                                  |
 * | exemption-ended | S4   | covered, not inForce            | k80-signed-in-time, exemption-ended, direct-csp-required                            | finalExpiry, statusAffectedFrom                     |
 * | exempt          | S3   | covered, inForce                | k80-signed-in-time, exemption-in-force, move-not-affected-until-2021                | k80SigningDeadline, finalExpiry, statusAffectedFrom |
 *
 * exempt also carries daysLeft = daysInclusive(asOf, finalExpiry): 1 on the last day.
 * A direct CSP partner whose signing is unknown is told only that we cannot tell: with an
 * unknown date we can neither promise that a move is safe nor say that it would hurt.
 */

type Signing = 'in-time' | 'late' | 'not-signed' | 'unknown';

const SIGNING_REASON: Record<Signing, ReasonId> = {
  'in-time': 'k80-signed-in-time',
  late: 'k80-signed-late',
  'not-signed': 'k80-not-signed',
  unknown: 'k80-unknown',
};

const COVERED_DATES: readonly KeyDateName[] = ['k80SigningDeadline', 'finalExpiry', 'statusAffectedFrom'];
const SIGNING_DATES: readonly KeyDateName[] = ['k80SigningDeadline'];

function signing(answers: Answers): Signing {
  if (answers.k80 === 'no') return 'not-signed';
  // Valid answers always carry the date with k80 = yes; without it nothing can be promised.
  if (answers.k80 !== 'yes' || answers.k80Date === undefined) return 'unknown';
  return answers.k80Date <= KEY_DATES.k80SigningDeadline ? 'in-time' : 'late';
}

export function assess(answers: Answers, today: IsoDate): Verdict {
  const asOf = answers.asOf ?? today;
  // Fresh arrays every time, so a caller that sorts or edits a verdict cannot change the next.
  const verdict = (
    id: VerdictId,
    rule: Verdict['rule'],
    reasons: readonly ReasonId[],
    keyDates: readonly KeyDateName[],
  ): Verdict => ({ id, rule, reasons: [...reasons], keyDates: [...keyDates], asOf });

  if (answers.qmth === 'no') {
    return verdict('not-qmth', 'S1', ['not-qmth', 'direct-csp-required'], SIGNING_DATES);
  }

  const signed = signing(answers);
  const inForce = asOf <= KEY_DATES.finalExpiry;

  if (answers.csp === 'direct') {
    if (signed === 'in-time') {
      const then: ReasonId[] = inForce
        ? ['exemption-in-force', 'move-not-affected-until-2021']
        : ['exemption-ended', 'move-would-affect'];
      return verdict('direct-csp', 'S1', ['is-direct-csp', SIGNING_REASON[signed], ...then], COVERED_DATES);
    }
    if (signed === 'unknown') {
      return verdict('direct-csp', 'S1', ['is-direct-csp', SIGNING_REASON[signed]], SIGNING_DATES);
    }
    return verdict('direct-csp', 'S1', ['is-direct-csp', SIGNING_REASON[signed], 'move-would-affect'], SIGNING_DATES);
  }

  if (signed === 'unknown') return verdict('undetermined', 'S2', [SIGNING_REASON[signed]], SIGNING_DATES);
  if (signed !== 'in-time') {
    return verdict('not-covered', 'S2', [SIGNING_REASON[signed], 'direct-csp-required'], SIGNING_DATES);
  }
  if (!inForce) {
    return verdict(
      'exemption-ended',
      'S4',
      ['k80-signed-in-time', 'exemption-ended', 'direct-csp-required'],
      ['finalExpiry', 'statusAffectedFrom'],
    );
  }
  return {
    ...verdict('exempt', 'S3', ['k80-signed-in-time', 'exemption-in-force', 'move-not-affected-until-2021'], COVERED_DATES),
    daysLeft: daysInclusive(asOf, KEY_DATES.finalExpiry),
  };
}
