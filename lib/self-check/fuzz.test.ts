import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toIsoDate, type IsoDate } from '../calendar-date';
import { assess } from './assess';
import { parseAnswers } from './parse-answers';
import { VERDICT_IDS } from './types';

// Hostile input at volume: whatever arrives, parsing answers and assessing them never throws and
// never yields anything but a known verdict or field errors.
const FIELDS = ['qmth', 'csp', 'k80', 'k80Day', 'k80Month', 'k80Year', 'asOfDay', 'asOfMonth', 'asOfYear', 'k80Date', 'asOf'];
const value = fc.oneof(
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc.constantFrom(
    'yes',
    'no',
    'unsure',
    'direct',
    'indirect',
    'none',
    '',
    ' ',
    '31',
    '2',
    '2018',
    '2018-08-31',
    '0',
    '-1',
    '1e3',
    '٣١',
  ),
  fc.integer({ min: -99999, max: 99999 }).map(String),
);
const entries = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 20 })), value), { maxLength: 24 });
const today = fc
  .record({
    year: fc.integer({ min: 2015, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }): IsoDate => toIsoDate(year, month, day));

describe('parsing and assessing hostile answers (10,000+ cases each)', () => {
  for (const source of ['form', 'link'] as const) {
    it(`never throws, from a ${source}`, () => {
      fc.assert(
        fc.property(entries, today, (pairs, day) => {
          const result = parseAnswers(new URLSearchParams(pairs), { source, today: day });
          if (result.ok) {
            const verdict = assess(result.answers, day);
            expect(VERDICT_IDS).toContain(verdict.id);
            expect(verdict.reasons.length).toBeGreaterThan(0);
            if (verdict.id === 'exempt') expect(verdict.end).toBeDefined();
          } else {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const raw of Object.values(result.raw)) expect(raw.length).toBeLessThanOrEqual(100);
          }
        }),
        { numRuns: 10_000 },
      );
      // About 1.5 s on an idle machine; vitest's 5 s default failed it on a shared, loaded one.
    }, 30_000);
  }
});
