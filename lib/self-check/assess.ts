import { daysInclusive, type IsoDate } from '../calendar-date';
import { KEY_DATES, type KeyDateName } from '../exemption-dates';
import { eraOn } from '../exemption-status';
import type { Answers, Assessment, NextStep, Now, ReasonId, Verdict, VerdictId } from './types';

/**
 * The self-check's verdict, read from the announcement. S1–S4 are its statements
 *  (./exemption-rules.md has them with the rest of the rules):
 *   S1 being a Direct CSP partner is one of the requirements for the QMTH Program;
 *   S2 existing QMTH partners who signed the SPLA QMTH K80 addendum on or before 31 August 2018 got
 *      an extension on that requirement;
 *   S3 the exemption, first to end 30 June 2019, then 30 June 2020, was extended to 31 December 2020;
 *   S4 a move to indirect CSP or out of CSP does not affect QMTH status before 1 January 2021.
 * Pure: the day assessed is answers.asOf, or the injected `today` (Europe/Oslo); no clock.
 *
 * covered  = k80 = yes and k80Date <= k80SigningDeadline (S2: "on or before August 31st 2018")
 * ended    = eraOn(asOf) === 'ended' (S3, S4): the one "ended" predicate of the site. From that
 *            day the exemption protects nobody, so a K80 date, known or not, changes nothing.
 * signing  = in time (covered) | late (k80Date after the deadline) | not signed (k80 = no)
 *            | unknown (k80 = unsure, or no K80 date to judge by)
 *
 * First matching row wins:
 *
 * | verdict         | rule | when                                   | reasons                                                        | keyDates                                            |
 * |-----------------|------|----------------------------------------|----------------------------------------------------------------|-----------------------------------------------------|
 * | not-qmth        | S1   | qmth = no                              | not-qmth                                                       | k80SigningDeadline                                  |
 * | direct-csp      | S1   | csp = direct, covered, in force        | is-direct-csp, k80-signed-in-time, move-not-affected           | k80SigningDeadline, finalExpiry, statusAffectedFrom |
 * | direct-csp      | S1   | csp = direct, covered, ended           | is-direct-csp, k80-signed-in-time, exemption-ended, move-would-affect | k80SigningDeadline, finalExpiry, statusAffectedFrom |
 * | direct-csp      | S1   | csp = direct, unknown, ended           | is-direct-csp, k80-no-longer-matters, move-would-affect        | finalExpiry, statusAffectedFrom                     |
 * | direct-csp      | S1   | csp = direct, unknown, in force        | is-direct-csp, k80-unknown                                     | k80SigningDeadline                                  |
 * | direct-csp      | S1   | csp = direct, not signed/late, ended   | is-direct-csp, k80-not-signed or k80-signed-late, exemption-ended, move-would-affect | k80SigningDeadline, finalExpiry, statusAffectedFrom |
 * | direct-csp      | S1   | csp = direct, not signed/late, in force| is-direct-csp, k80-not-signed or k80-signed-late, move-would-affect | k80SigningDeadline                            |
 * | exemption-ended | S3   | signing unknown, ended                 | k80-no-longer-matters                                          | finalExpiry, statusAffectedFrom                     |
 * | undetermined    | S2   | signing unknown, in force              | k80-unknown                                                    | k80SigningDeadline                                  |
 * | not-covered     | S2   | not signed / signed late, ended        | k80-not-signed or k80-signed-late, exemption-ended             | k80SigningDeadline, finalExpiry, statusAffectedFrom |
 * | not-covered     | S2   | not signed / signed late, in force     | k80-not-signed or k80-signed-late                              | k80SigningDeadline                                  |
 * | exemption-ended | S3   | covered, ended                         | k80-signed-in-time, exemption-ended                            | finalExpiry, statusAffectedFrom                     |
 * | exempt          | S3   | covered, in force                      | k80-signed-in-time, not-direct-not-affected                    | k80SigningDeadline, finalExpiry, statusAffectedFrom |
 *
 * The Direct CSP requirement itself (S1) is said once, by the next step or by where the partner
 * stands today, never again among the reasons.
 *
 * exempt also carries `end`: the days left (daysInclusive(asOf, finalExpiry), 1 on the last day)
 * from the first day on which 31 December 2020 was the end date, the day after previousExpiry;
 * before it, `extendedLater`: on that day the exemption was to end sooner, and it was extended
 * twice. Nothing decided later is presented as known on the day assessed.
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
const ENDED_DATES: readonly KeyDateName[] = ['finalExpiry', 'statusAffectedFrom'];

function signing(answers: Answers): Signing {
  if (answers.k80 === 'no') return 'not-signed';
  // Valid answers always carry the date with k80 = yes; without it nothing can be promised.
  if (answers.k80 !== 'yes' || answers.k80Date === undefined) return 'unknown';
  return answers.k80Date <= KEY_DATES.k80SigningDeadline ? 'in-time' : 'late';
}

/** The verdict for the day assessed: answers.asOf, or `today` when it is absent. */
export function assess(answers: Answers, today: IsoDate): Verdict {
  const asOf = answers.asOf ?? today;
  const ended = eraOn(asOf) === 'ended';
  // Fresh arrays every time, so a caller that sorts or edits a verdict cannot change the next.
  const verdict = (
    id: VerdictId,
    rule: Verdict['rule'],
    reasons: readonly ReasonId[],
    keyDates: readonly KeyDateName[],
  ): Verdict => ({ id, rule, reasons: [...reasons], keyDates: [...keyDates], asOf, ended });

  if (answers.qmth === 'no') return verdict('not-qmth', 'S1', ['not-qmth'], SIGNING_DATES);

  const signed = signing(answers);
  // Once the exemption has ended, an unknown K80 date is named for what it is: irrelevant.
  const signingReason: ReasonId = signed === 'unknown' && ended ? 'k80-no-longer-matters' : SIGNING_REASON[signed];

  if (answers.csp === 'direct') {
    if (ended) {
      // k80-no-longer-matters already says that the exemption applied only up to its last day.
      const endedReasons: ReasonId[] = signed === 'unknown' ? [] : ['exemption-ended'];
      return verdict(
        'direct-csp',
        'S1',
        ['is-direct-csp', signingReason, ...endedReasons, 'move-would-affect'],
        signed === 'unknown' ? ENDED_DATES : COVERED_DATES,
      );
    }
    if (signed === 'in-time') {
      return verdict('direct-csp', 'S1', ['is-direct-csp', signingReason, 'move-not-affected'], COVERED_DATES);
    }
    if (signed === 'unknown') return verdict('direct-csp', 'S1', ['is-direct-csp', signingReason], SIGNING_DATES);
    return verdict('direct-csp', 'S1', ['is-direct-csp', signingReason, 'move-would-affect'], SIGNING_DATES);
  }

  if (signed === 'unknown') {
    return ended
      ? verdict('exemption-ended', 'S3', [signingReason], ENDED_DATES)
      : verdict('undetermined', 'S2', [signingReason], SIGNING_DATES);
  }
  if (signed !== 'in-time') {
    return ended
      ? verdict('not-covered', 'S2', [signingReason, 'exemption-ended'], COVERED_DATES)
      : verdict('not-covered', 'S2', [signingReason], SIGNING_DATES);
  }
  if (ended) return verdict('exemption-ended', 'S3', ['k80-signed-in-time', 'exemption-ended'], ENDED_DATES);
  return {
    ...verdict('exempt', 'S3', ['k80-signed-in-time', 'not-direct-not-affected'], COVERED_DATES),
    end:
      // From the day after the previous expiry, 31 December 2020 was the end date.
      asOf > KEY_DATES.previousExpiry ? { daysLeft: daysInclusive(asOf, KEY_DATES.finalExpiry) } : { extendedLater: true },
  };
}

/**
 * Where the partner stands today beside a verdict for the day assessed. The answers describe that
 * day, so once the exemption has ended nothing about today is asked: it has ended for everyone.
 * Before the deadline, the day assessed is today unless the partner chose another, and today's
 * verdict is the same answers assessed for today.
 */
export function whereToday(answers: Answers, verdict: Verdict, today: IsoDate): Now {
  if (verdict.asOf >= today) return { kind: 'same' };
  if (eraOn(today) === 'ended') return { kind: 'ended' };
  return { kind: 'in-force', verdict: assess({ ...answers, asOf: undefined }, today) };
}

/** What to do next (NextStep): what to do today, after a verdict for the day asked. */
export function nextStep(verdict: Verdict, now: Now): NextStep {
  if (now.kind === 'same') return verdict.id;
  if (now.kind === 'in-force') return now.verdict.id;
  if (verdict.ended) return 'ended';
  return verdict.id === 'undetermined' || verdict.id === 'not-covered' ? `ended-${verdict.id}` : 'ended';
}

/** The verdict for the day asked, where the partner stands today and what to do next: everything the self-check decides. */
export function assessWithToday(answers: Answers, today: IsoDate): Assessment {
  const verdict = assess(answers, today);
  const now = whereToday(answers, verdict, today);
  return { verdict, now, next: nextStep(verdict, now) };
}
