import { daysInclusive, type IsoDate } from '../calendar-date';
import { KEY_DATES, type KeyDateName } from '../exemption-dates';
import type { Answers, ReasonId, Verdict, VerdictId } from './types';

/**
 * The self-check's verdict, read from the announcement (./exemption-rules.md, S1–S4).
 * Pure: the day assessed is answers.asOf, or the injected `today` (Europe/Oslo); no clock.
 *
 * covered  = k80 = yes and k80Date <= k80SigningDeadline (S2: "on or before August 31st 2018")
 * inForce  = asOf <= finalExpiry (S3); from statusAffectedFrom, the next day, it has ended (S4)
 * signing  = in time (covered) | late (k80Date after the deadline) | not signed (k80 = no)
 *            | unknown (k80 = unsure, or no K80 date to judge by)
 *
 * ended    = asOf >= statusAffectedFrom (S4): from that day the exemption protects nobody, so a
 *            K80 date, known or not, changes nothing for that day (exemption-rules.md, "ended")
 *
 * First matching row wins:
 *
 * | verdict         | rule | when                            | reasons                                                                             | keyDates                                            |
 * |-----------------|------|---------------------------------|-------------------------------------------------------------------------------------|-----------------------------------------------------|
 * | not-qmth        | S1   | qmth = no                       | not-qmth, direct-csp-required                                                       | k80SigningDeadline                                  |
 * | direct-csp      | S1   | csp = direct, covered, inForce  | is-direct-csp, k80-signed-in-time, exemption-in-force, move-not-affected-until-2021 | k80SigningDeadline, finalExpiry, statusAffectedFrom |
 * | direct-csp      | S1   | csp = direct, covered, ended    | is-direct-csp, k80-signed-in-time, exemption-ended, move-would-affect               | k80SigningDeadline, finalExpiry, statusAffectedFrom |
 * | direct-csp      | S1   | csp = direct, unknown, ended    | is-direct-csp, k80-no-longer-matters, exemption-ended, move-would-affect            | finalExpiry, statusAffectedFrom                     |
 * | direct-csp      | S1   | csp = direct, unknown, inForce  | is-direct-csp, k80-unknown                                                          | k80SigningDeadline                                  |
 * | direct-csp      | S1   | csp = direct, not signed/late, ended   | is-direct-csp, k80-not-signed or k80-signed-late, exemption-ended, move-would-affect | k80SigningDeadline, finalExpiry, statusAffectedFrom |
 * | direct-csp      | S1   | csp = direct, not signed/late, inForce | is-direct-csp, k80-not-signed or k80-signed-late, move-would-affect          | k80SigningDeadline                                  |
 * | exemption-ended | S4   | signing unknown, ended          | k80-no-longer-matters, exemption-ended, direct-csp-required                         | finalExpiry, statusAffectedFrom                     |
 * | undetermined    | S2   | signing unknown, inForce        | k80-unknown                                                                         | k80SigningDeadline                                  |
 * | not-covered     | S2   | not signed / signed late, ended | k80-not-signed or k80-signed-late, exemption-ended, direct-csp-required             | k80SigningDeadline, finalExpiry, statusAffectedFrom |
 * | not-covered     | S2   | not signed / signed late, inForce | k80-not-signed or k80-signed-late, direct-csp-required                            | k80SigningDeadline                                  |
 * | exemption-ended | S4   | covered, ended                  | k80-signed-in-time, exemption-ended, direct-csp-required                            | finalExpiry, statusAffectedFrom                     |
 * | exempt          | S3   | covered, inForce                | k80-signed-in-time, exemption-in-force, move-not-affected-until-2021                | k80SigningDeadline, finalExpiry, statusAffectedFrom |
 *
 * exempt also carries daysLeft = daysInclusive(asOf, finalExpiry): 1 on the last day.
 * A direct CSP partner whose signing is unknown, on a day the exemption was in force, is told only
 * that we cannot tell: with an unknown date we can neither promise that a move is safe nor say that
 * it would hurt. Once it has ended, the date no longer matters: nobody is told to go and find it.
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
  const ended = asOf >= KEY_DATES.statusAffectedFrom;
  const ENDED_DATES: readonly KeyDateName[] = ['finalExpiry', 'statusAffectedFrom'];
  // Once the exemption has ended, an unknown K80 date is named for what it is: irrelevant.
  const signingReason: ReasonId = signed === 'unknown' && ended ? 'k80-no-longer-matters' : SIGNING_REASON[signed];

  if (answers.csp === 'direct') {
    if (ended) {
      return verdict(
        'direct-csp',
        'S1',
        ['is-direct-csp', signingReason, 'exemption-ended', 'move-would-affect'],
        signed === 'unknown' ? ENDED_DATES : COVERED_DATES,
      );
    }
    if (signed === 'in-time') {
      return verdict(
        'direct-csp',
        'S1',
        ['is-direct-csp', signingReason, 'exemption-in-force', 'move-not-affected-until-2021'],
        COVERED_DATES,
      );
    }
    if (signed === 'unknown') return verdict('direct-csp', 'S1', ['is-direct-csp', signingReason], SIGNING_DATES);
    return verdict('direct-csp', 'S1', ['is-direct-csp', signingReason, 'move-would-affect'], SIGNING_DATES);
  }

  if (signed === 'unknown') {
    return ended
      ? verdict('exemption-ended', 'S4', [signingReason, 'exemption-ended', 'direct-csp-required'], ENDED_DATES)
      : verdict('undetermined', 'S2', [signingReason], SIGNING_DATES);
  }
  if (signed !== 'in-time') {
    return ended
      ? verdict('not-covered', 'S2', [signingReason, 'exemption-ended', 'direct-csp-required'], COVERED_DATES)
      : verdict('not-covered', 'S2', [signingReason, 'direct-csp-required'], SIGNING_DATES);
  }
  if (ended) {
    return verdict('exemption-ended', 'S4', ['k80-signed-in-time', 'exemption-ended', 'direct-csp-required'], ENDED_DATES);
  }
  return {
    ...verdict('exempt', 'S3', ['k80-signed-in-time', 'exemption-in-force', 'move-not-affected-until-2021'], COVERED_DATES),
    daysLeft: daysInclusive(asOf, KEY_DATES.finalExpiry),
  };
}
