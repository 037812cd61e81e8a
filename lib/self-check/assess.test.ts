import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isRealDate, type IsoDate } from '../calendar-date';
import type { KeyDateName } from '../exemption-dates';
import { assess, assessWithToday } from './assess';
import { parseAnswers } from './parse-answers';
import { VERDICT_IDS, type Answers, type ReasonId, type Verdict, type VerdictId } from './types';

afterEach(() => {
  vi.useRealTimers();
});

const IN_TIME = '2018-08-31';
const LATE = '2018-09-01';

type Row = {
  when: string;
  answers: Answers;
  id: VerdictId;
  rule: Verdict['rule'];
  reasons: ReasonId[];
  keyDates: KeyDateName[];
};

const COVERED_DATES: KeyDateName[] = ['k80SigningDeadline', 'finalExpiry', 'statusAffectedFrom'];

/** The decision table, every row and every branch of a row, in order of precedence. */
const DECISION_TABLE: Row[] = [
  {
    when: 'qmth = no',
    answers: { qmth: 'no', asOf: '2020-04-01' },
    id: 'not-qmth',
    rule: 'S1',
    reasons: ['not-qmth'],
    keyDates: ['k80SigningDeadline'],
  },
  {
    when: 'csp = direct, covered, exemption in force',
    answers: { qmth: 'yes', csp: 'direct', k80: 'yes', k80Date: IN_TIME, asOf: '2020-12-31' },
    id: 'direct-csp',
    rule: 'S1',
    reasons: ['is-direct-csp', 'k80-signed-in-time', 'move-not-affected'],
    keyDates: COVERED_DATES,
  },
  {
    when: 'csp = direct, covered, exemption ended',
    answers: { qmth: 'yes', csp: 'direct', k80: 'yes', k80Date: IN_TIME, asOf: '2021-01-01' },
    id: 'direct-csp',
    rule: 'S1',
    reasons: ['is-direct-csp', 'k80-signed-in-time', 'exemption-ended', 'move-would-affect'],
    keyDates: COVERED_DATES,
  },
  {
    when: 'csp = direct, k80 = unsure',
    answers: { qmth: 'yes', csp: 'direct', k80: 'unsure', asOf: '2020-10-10' },
    id: 'direct-csp',
    rule: 'S1',
    reasons: ['is-direct-csp', 'k80-unknown'],
    keyDates: ['k80SigningDeadline'],
  },
  {
    when: 'csp = direct, k80 = no',
    answers: { qmth: 'yes', csp: 'direct', k80: 'no', asOf: '2020-02-29' },
    id: 'direct-csp',
    rule: 'S1',
    reasons: ['is-direct-csp', 'k80-not-signed', 'move-would-affect'],
    keyDates: ['k80SigningDeadline'],
  },
  {
    when: 'csp = direct, K80 signed late',
    answers: { qmth: 'yes', csp: 'direct', k80: 'yes', k80Date: LATE, asOf: '2020-02-29' },
    id: 'direct-csp',
    rule: 'S1',
    reasons: ['is-direct-csp', 'k80-signed-late', 'move-would-affect'],
    keyDates: ['k80SigningDeadline'],
  },
  {
    when: 'csp = direct, k80 = unsure, exemption ended (the K80 date no longer matters)',
    answers: { qmth: 'yes', csp: 'direct', k80: 'unsure', asOf: '2021-06-01' },
    id: 'direct-csp',
    rule: 'S1',
    reasons: ['is-direct-csp', 'k80-no-longer-matters', 'move-would-affect'],
    keyDates: ['finalExpiry', 'statusAffectedFrom'],
  },
  {
    when: 'csp = direct, k80 = no, exemption ended',
    answers: { qmth: 'yes', csp: 'direct', k80: 'no', asOf: '2021-01-01' },
    id: 'direct-csp',
    rule: 'S1',
    reasons: ['is-direct-csp', 'k80-not-signed', 'exemption-ended', 'move-would-affect'],
    keyDates: COVERED_DATES,
  },
  {
    when: 'k80 = unsure, exemption ended',
    answers: { qmth: 'yes', csp: 'none', k80: 'unsure', asOf: '2021-06-01' },
    id: 'exemption-ended',
    rule: 'S3',
    reasons: ['k80-no-longer-matters'],
    keyDates: ['finalExpiry', 'statusAffectedFrom'],
  },
  {
    when: 'k80 = unsure, exemption in force',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'unsure', asOf: '2020-10-10' },
    id: 'undetermined',
    rule: 'S2',
    reasons: ['k80-unknown'],
    keyDates: ['k80SigningDeadline'],
  },
  {
    when: 'k80 = no',
    answers: { qmth: 'yes', csp: 'none', k80: 'no', asOf: '2019-11-11' },
    id: 'not-covered',
    rule: 'S2',
    reasons: ['k80-not-signed'],
    keyDates: ['k80SigningDeadline'],
  },
  {
    when: 'k80Date > 2018-08-31, exemption ended (ended for everyone)',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: LATE, asOf: '2026-11-26' },
    id: 'not-covered',
    rule: 'S2',
    reasons: ['k80-signed-late', 'exemption-ended'],
    keyDates: COVERED_DATES,
  },
  {
    when: 'k80Date > 2018-08-31',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: LATE, asOf: '2020-05-05' },
    id: 'not-covered',
    rule: 'S2',
    reasons: ['k80-signed-late'],
    keyDates: ['k80SigningDeadline'],
  },
  {
    when: 'covered and asOf >= 2021-01-01',
    answers: { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: IN_TIME, asOf: '2021-01-01' },
    id: 'exemption-ended',
    rule: 'S3',
    reasons: ['k80-signed-in-time', 'exemption-ended'],
    keyDates: ['finalExpiry', 'statusAffectedFrom'],
  },
  {
    when: 'covered and asOf <= 2020-12-31',
    answers: { qmth: 'yes', csp: 'none', k80: 'yes', k80Date: IN_TIME, asOf: '2020-12-31' },
    id: 'exempt',
    rule: 'S3',
    reasons: ['k80-signed-in-time', 'not-direct-not-affected'],
    keyDates: COVERED_DATES,
  },
];

describe('assess: the decision table', () => {
  it.each(DECISION_TABLE)('$id when $when', ({ answers, id, rule, reasons, keyDates }) => {
    const verdict = assess(answers, '1999-01-01');
    expect(verdict).toEqual({
      id,
      rule,
      reasons,
      keyDates,
      asOf: answers.asOf,
      // The oracle's own reading of S3/S4: in force up to and including 31 December 2020.
      ended: answers.asOf! > '2020-12-31',
      ...(id === 'exempt' ? { end: { daysLeft: 1 } } : {}),
    });
  });

  it('gives every verdict id somewhere in the table', () => {
    expect(new Set(DECISION_TABLE.map((row) => row.id))).toEqual(new Set(VERDICT_IDS));
  });
});

describe('assess: the worked examples of the rules page', () => {
  const EXAMPLES: Array<[string, VerdictId]> = [
    ['qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-12-31', 'exempt'],
    ['qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2021-01-01', 'exemption-ended'],
    ['qmth=yes&csp=none&k80=yes&k80Date=2018-03-14&asOf=2020-07-01', 'exempt'],
    ['qmth=yes&csp=indirect&k80=yes&k80Date=2018-09-01&asOf=2020-05-05', 'not-covered'],
    ['qmth=yes&csp=none&k80=no&asOf=2019-11-11', 'not-covered'],
    ['qmth=yes&csp=direct&k80=no&asOf=2020-02-29', 'direct-csp'],
    ['qmth=yes&csp=indirect&k80=unsure&asOf=2020-10-10', 'undetermined'],
    ['qmth=yes&csp=none&k80=unsure&asOf=2021-06-01', 'exemption-ended'],
    ['qmth=yes&csp=direct&k80=unsure&asOf=2021-06-01', 'direct-csp'],
    ['qmth=no&asOf=2020-04-01', 'not-qmth'],
  ];

  it.each(EXAMPLES)('%s → %s', (query, id) => {
    // Through the result link, as a partner would arrive; today is far from every asOf.
    const parsed = parseAnswers(new URLSearchParams(query), { source: 'link', today: '2035-05-17' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const verdict = assess(parsed.answers, '2035-05-17');
    expect(verdict.id).toBe(id);
    expect(verdict.asOf).toBe(new URLSearchParams(query).get('asOf'));
  });
});

describe('assess: boundaries', () => {
  const covered = (k80Date: IsoDate, asOf: IsoDate): Answers => ({ qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date, asOf });

  it('signing on 31 August 2018 is in time, on 1 September 2018 is late', () => {
    expect(assess(covered('2018-08-31', '2020-01-01'), '2020-01-01').id).toBe('exempt');
    expect(assess(covered('2018-09-01', '2020-01-01'), '2020-01-01').id).toBe('not-covered');
    expect(assess(covered('2016-02-29', '2020-01-01'), '2020-01-01').id).toBe('exempt');
  });

  it('days left up to 31 December 2020 only from 1 July 2020, when it was the end date; before, the extensions came later', () => {
    expect(assess(covered(IN_TIME, '2020-07-01'), '2000-01-01')).toMatchObject({ id: 'exempt', end: { daysLeft: 184 } });
    expect(assess(covered(IN_TIME, '2020-06-30'), '2000-01-01')).toMatchObject({ id: 'exempt', end: { extendedLater: true } });
    expect(assess(covered(IN_TIME, '2019-03-01'), '2000-01-01')).toMatchObject({ id: 'exempt', end: { extendedLater: true } });
    expect(assess(covered(IN_TIME, '2018-07-01'), '2000-01-01')).toMatchObject({ id: 'exempt', end: { extendedLater: true } });
  });

  it('exempt with 1 day left on 31 December 2020, ended on 1 January 2021', () => {
    expect(assess(covered(IN_TIME, '2020-12-31'), '2000-01-01')).toMatchObject({ id: 'exempt', end: { daysLeft: 1 } });
    const ended = assess(covered(IN_TIME, '2021-01-01'), '2000-01-01');
    expect(ended.id).toBe('exemption-ended');
    expect(ended).not.toHaveProperty('end');
  });

  it('counts 92 days from 1 October 2020 and 184 from 1 July 2020, both ends counted', () => {
    expect(assess(covered(IN_TIME, '2020-10-01'), '2000-01-01')).toMatchObject({ id: 'exempt', end: { daysLeft: 92 } });
  });

  it('a late signer is not covered, also after the exemption ended', () => {
    expect(assess(covered(LATE, '2021-06-01'), '2000-01-01').id).toBe('not-covered');
  });
});

describe('assess: precedence', () => {
  it('qmth = no wins over everything else', () => {
    const answers: Answers = { qmth: 'no', csp: 'direct', k80: 'unsure' };
    expect(assess(answers, '2020-01-01').id).toBe('not-qmth');
  });

  it('direct CSP wins over an unsure or missing K80', () => {
    expect(assess({ qmth: 'yes', csp: 'direct', k80: 'unsure' }, '2020-01-01').id).toBe('direct-csp');
  });

  it('an unsure K80 gives undetermined for both indirect and none while the exemption is in force', () => {
    expect(assess({ qmth: 'yes', csp: 'none', k80: 'unsure' }, '2020-12-31').id).toBe('undetermined');
    expect(assess({ qmth: 'yes', csp: 'indirect', k80: 'unsure' }, '2019-05-01').id).toBe('undetermined');
  });

  it('an unsure K80 after the exemption ended gives exemption-ended: nobody is sent to find the date', () => {
    for (const csp of ['none', 'indirect'] as const) {
      expect(assess({ qmth: 'yes', csp, k80: 'unsure' }, '2021-01-01').id).toBe('exemption-ended');
      expect(assess({ qmth: 'yes', csp, k80: 'unsure' }, '2026-11-26').reasons).not.toContain('k80-unknown');
    }
  });

  it('every verdict on or after 1 January 2021 for a QMTH partner says that the exemption has ended', () => {
    const ENDED: ReasonId[] = ['exemption-ended', 'k80-no-longer-matters'];
    for (const k80 of ['yes', 'no', 'unsure'] as const) {
      for (const csp of ['direct', 'indirect', 'none'] as const) {
        const answers: Answers = { qmth: 'yes', csp, k80, ...(k80 === 'yes' ? { k80Date: LATE } : {}) };
        expect(assess(answers, '2021-01-01').reasons.filter((r) => ENDED.includes(r))).toHaveLength(1);
        expect(assess(answers, '2020-12-31').reasons.filter((r) => ENDED.includes(r))).toHaveLength(0);
      }
    }
  });

  it('k80 = yes without a date cannot be judged: undetermined, never exempt', () => {
    expect(assess({ qmth: 'yes', csp: 'none', k80: 'yes' }, '2020-01-01').id).toBe('undetermined');
  });
});

describe('assess: today is injected, the clock is never read', () => {
  const noAsOf: Answers = { qmth: 'yes', csp: 'none', k80: 'yes', k80Date: '2018-08-01' };

  it('uses today when asOf is absent, whatever the system time', () => {
    vi.useFakeTimers();
    for (const systemTime of ['2050-06-15T12:00:00Z', '1990-01-01T00:00:00Z', '2020-12-31T23:30:00Z']) {
      vi.setSystemTime(new Date(systemTime));
      expect(assess(noAsOf, '2020-12-31')).toMatchObject({ id: 'exempt', asOf: '2020-12-31', end: { daysLeft: 1 } });
      expect(assess(noAsOf, '2021-01-01')).toMatchObject({ id: 'exemption-ended', asOf: '2021-01-01' });
      expect(assess(noAsOf, '2020-10-01')).toMatchObject({ id: 'exempt', asOf: '2020-10-01', end: { daysLeft: 92 } });
    }
  });

  it('prefers asOf over today when both are there', () => {
    expect(assess({ ...noAsOf, asOf: '2021-01-01' }, '2020-12-31')).toMatchObject({
      id: 'exemption-ended',
      asOf: '2021-01-01',
    });
  });

  it('returns fresh arrays, so editing one verdict cannot change the next', () => {
    const first = assess(noAsOf, '2020-12-31');
    first.reasons.push('k80-unknown');
    first.keyDates.length = 0;
    expect(assess(noAsOf, '2020-12-31').reasons).toEqual(['k80-signed-in-time', 'not-direct-not-affected']);
    expect(assess(noAsOf, '2020-12-31').keyDates).toHaveLength(3);
  });
});

describe('assess: properties', () => {
  const isoDate = fc
    .record({ y: fc.integer({ min: 2010, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .filter(({ y, m, d }) => isRealDate(y, m, d))
    .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate);

  /** Link params that are often valid and sometimes not, so both outcomes are exercised. */
  const query = fc.record(
    {
      qmth: fc.constantFrom('yes', 'yes', 'no', 'maybe'),
      csp: fc.constantFrom('direct', 'indirect', 'none', ''),
      k80: fc.constantFrom('yes', 'yes', 'no', 'unsure', 'x'),
      k80Date: fc.oneof(isoDate, fc.constantFrom('2018-02-30', '31.08.2018', '')),
      asOf: fc.oneof(isoDate, fc.constant('')),
    },
    { requiredKeys: ['qmth'] },
  );

  it('whenever parse succeeds, assess gives a known verdict; exempt has at least 1 day left from 1 July 2020', () => {
    let succeeded = 0;
    fc.assert(
      fc.property(query, isoDate, (fields, today) => {
        const parsed = parseAnswers(new URLSearchParams(fields), { source: 'link', today });
        if (!parsed.ok) return;
        succeeded += 1;
        const verdict = assess(parsed.answers, today);
        expect(VERDICT_IDS).toContain(verdict.id);
        expect(verdict.asOf).toBe(parsed.answers.asOf ?? today);
        if (verdict.id === 'exempt') {
          expect(verdict.asOf <= '2020-12-31').toBe(true);
          if (verdict.asOf >= '2020-07-01') expect(verdict.end).toMatchObject({ daysLeft: expect.any(Number) });
          else expect(verdict.end).toEqual({ extendedLater: true });
          if (verdict.end && 'daysLeft' in verdict.end) expect(verdict.end.daysLeft).toBeGreaterThanOrEqual(1);
        } else {
          expect(verdict).not.toHaveProperty('end');
        }
      }),
      { numRuns: 3_000 },
    );
    // The property is only worth something if it ran on answers that parsed.
    expect(succeeded).toBeGreaterThan(300);
  });

  it('agrees with the rules page read literally, on every valid answer', () => {
    const answers: fc.Arbitrary<Answers> = fc.oneof(
      fc.record({ qmth: fc.constant('no' as const), asOf: isoDate }, { requiredKeys: ['qmth'] }),
      fc.record(
        {
          qmth: fc.constant('yes' as const),
          csp: fc.constantFrom('direct', 'indirect', 'none'),
          k80: fc.constantFrom('no', 'unsure'),
          asOf: isoDate,
        },
        { requiredKeys: ['qmth', 'csp', 'k80'] },
      ),
      fc.record(
        {
          qmth: fc.constant('yes' as const),
          csp: fc.constantFrom('direct', 'indirect', 'none'),
          k80: fc.constant('yes' as const),
          k80Date: isoDate,
          asOf: isoDate,
        },
        { requiredKeys: ['qmth', 'csp', 'k80', 'k80Date'] },
      ),
    );
    fc.assert(
      fc.property(answers, isoDate, (a, today) => {
        const asOf = a.asOf ?? today;
        const covered = a.k80 === 'yes' && a.k80Date !== undefined && a.k80Date <= '2018-08-31';
        const expected: VerdictId =
          a.qmth === 'no'
            ? 'not-qmth'
            : a.csp === 'direct'
              ? 'direct-csp'
              : a.k80 === 'unsure'
                ? asOf >= '2021-01-01'
                  ? 'exemption-ended'
                  : 'undetermined'
                : !covered
                  ? 'not-covered'
                  : asOf >= '2021-01-01'
                    ? 'exemption-ended'
                    : 'exempt';
        expect(assess(a, today).id).toBe(expected);
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('assessWithToday: where the partner stands today', () => {
  const covered: Answers = { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: IN_TIME };

  it('a verdict for today needs nothing more', () => {
    expect(assessWithToday(covered, '2020-12-30').now).toEqual({ kind: 'same' });
    expect(assessWithToday(covered, '2026-12-07').now).toEqual({ kind: 'same' });
  });

  it('after the deadline, the same for every partner, whatever the answers about the day assessed', () => {
    for (const answers of [covered, { qmth: 'no' } as Answers, { ...covered, csp: 'direct' } as Answers]) {
      expect(assessWithToday({ ...answers, asOf: '2020-10-01' }, '2026-12-07').now).toEqual({ kind: 'ended' });
    }
  });

  it('what to do next is what to do today; after the deadline, only an open question on a day in force has its own step', () => {
    const next = (answers: Answers, today: IsoDate) => assessWithToday(answers, today).next;
    const unsure: Answers = { qmth: 'yes', csp: 'indirect', k80: 'unsure' };
    const late: Answers = { ...covered, k80Date: LATE };
    expect(next(covered, '2020-12-30')).toBe('exempt');
    expect(next({ ...covered, asOf: '2020-10-01' }, '2020-12-30')).toBe('exempt');
    expect(next({ ...unsure, asOf: '2020-10-01' }, '2020-12-30')).toBe('undetermined');
    expect(next({ ...covered, asOf: '2020-10-01' }, '2026-12-07')).toBe('ended');
    expect(next({ ...unsure, asOf: '2020-10-01' }, '2026-12-07')).toBe('ended-undetermined');
    expect(next({ ...late, asOf: '2020-10-01' }, '2026-12-07')).toBe('ended-not-covered');
    expect(next({ ...late, asOf: '2021-06-01' }, '2026-12-07')).toBe('ended');
    expect(next(late, '2026-12-07')).toBe('not-covered');
  });

  it('before the deadline, the same answers assessed for today', () => {
    const { verdict, now } = assessWithToday({ ...covered, asOf: '2020-10-01' }, '2020-12-30');
    expect(verdict).toMatchObject({ id: 'exempt', asOf: '2020-10-01', end: { daysLeft: 92 } });
    expect(now).toEqual({ kind: 'in-force', verdict: assess(covered, '2020-12-30') });
  });
});
