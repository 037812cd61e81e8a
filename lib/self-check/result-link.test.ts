import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealDate, type IsoDate } from '../calendar-date';
import { parseAnswers } from './parse-answers';
import { answersToQuery } from './result-link';
import type { Answers } from './types';

describe('answersToQuery', () => {
  it('writes the example link', () => {
    const answers: Answers = { qmth: 'yes', csp: 'indirect', k80: 'yes', k80Date: '2018-08-31', asOf: '2020-10-01' };
    expect(answersToQuery(answers)).toBe('qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01');
  });

  it('keeps the order fixed, whatever the order of the keys', () => {
    const answers: Answers = { asOf: '2020-10-01', k80Date: '2018-08-31', k80: 'yes', csp: 'none', qmth: 'yes' };
    expect(answersToQuery(answers)).toBe('qmth=yes&csp=none&k80=yes&k80Date=2018-08-31&asOf=2020-10-01');
  });

  it('writes only the answers present', () => {
    expect(answersToQuery({ qmth: 'no', asOf: '2020-04-01' })).toBe('qmth=no&asOf=2020-04-01');
    expect(answersToQuery({ qmth: 'no' })).toBe('qmth=no');
    expect(answersToQuery({ qmth: 'yes', csp: 'direct', k80: 'unsure' })).toBe('qmth=yes&csp=direct&k80=unsure');
  });
});

describe('result link round trip', () => {
  const isoDate = fc
    // From 2018: every day the self-check can speak of (and every K80 date it accepts) is in it.
    .record({ y: fc.integer({ min: 2018, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
    .filter(({ y, m, d }) => isRealDate(y, m, d))
    .map(({ y, m, d }) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate);

  /** Valid answers with the day they are parsed on: a K80 date is never after the day assessed. */
  const validAnswers: fc.Arbitrary<{ answers: Answers; today: IsoDate }> = fc
    .record({
      qmth: fc.constantFrom('yes', 'no'),
      csp: fc.constantFrom('direct', 'indirect', 'none'),
      k80: fc.constantFrom('yes', 'no', 'unsure'),
      dates: fc
        .tuple(isoDate, isoDate)
        .map(([a, b]) => (a <= b ? [a, b] : [b, a]))
        .filter(([, late]) => late >= '2018-07-01'),
      asOfGiven: fc.boolean(),
    })
    .map(({ qmth, csp, k80, dates: [early, late], asOfGiven }) => {
      const answers: Answers = { qmth };
      if (qmth === 'yes') {
        answers.csp = csp;
        answers.k80 = k80;
        if (k80 === 'yes') answers.k80Date = early;
      }
      if (asOfGiven) answers.asOf = late;
      return { answers, today: late };
    });

  it('parseAnswers reads back exactly the answers the link was written from', () => {
    fc.assert(
      fc.property(validAnswers, ({ answers, today }) => {
        const parsed = parseAnswers(new URLSearchParams(answersToQuery(answers)), { source: 'link', today });
        expect(parsed).toMatchObject({ ok: true, answers });
        expect(parsed.ok && parsed.answers).toEqual(answers);
      }),
      { numRuns: 2_000 },
    );
  });

  it('one set of answers has one link: writing what was read gives the same query', () => {
    const query = 'qmth=yes&csp=indirect&k80=yes&k80Date=2018-8-31&asOf=2020-10-1&utm_source=x';
    const parsed = parseAnswers(new URLSearchParams(query), { source: 'link', today: '2020-10-01' });
    expect(parsed.ok && answersToQuery(parsed.answers)).toBe('qmth=yes&csp=indirect&k80=yes&k80Date=2018-08-31&asOf=2020-10-01');
  });
});
