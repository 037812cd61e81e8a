import { describe, expect, it } from 'vitest';
import { formatDate } from './format';

describe('dates in words', () => {
  it('writes each language’s own form', () => {
    expect(formatDate('nb', '2020-12-31')).toBe('31. desember 2020');
    expect(formatDate('en', '2020-12-31')).toBe('31 December 2020');
    expect(formatDate('nb', '2021-01-01')).toBe('1. januar 2021');
    expect(formatDate('en', '2018-08-31')).toBe('31 August 2018');
  });

  it('never moves a date, whatever zone the server runs in', () => {
    const zone = process.env.TZ;
    try {
      // From UTC-10 to UTC+14: a server anywhere writes the same calendar dates.
      for (const tz of ['Pacific/Honolulu', 'America/Los_Angeles', 'UTC', 'Europe/Oslo', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        expect(formatDate('nb', '2020-12-31'), tz).toBe('31. desember 2020');
        expect(formatDate('en', '2021-01-01'), tz).toBe('1 January 2021');
        expect(formatDate('nb', '2016-02-29'), tz).toBe('29. februar 2016');
        expect(formatDate('en', '2020-07-01'), tz).toBe('1 July 2020');
      }
    } finally {
      process.env.TZ = zone;
    }
  });
});
