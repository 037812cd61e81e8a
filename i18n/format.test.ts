import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from './format';

/** A date as a reader sees it, its non-breaking spaces written as plain ones. */
const read = (text: string) => text.replace(/\u00a0/g, ' ');

describe('dates in words', () => {
  it('writes each language’s own form', () => {
    expect(read(formatDate('nb', '2020-12-31'))).toBe('31. desember 2020');
    expect(read(formatDate('en', '2020-12-31'))).toBe('31 December 2020');
    expect(read(formatDate('nb', '2021-01-01'))).toBe('1. januar 2021');
    expect(read(formatDate('en', '2018-08-31'))).toBe('31 August 2018');
    expect(read(formatMonth('nb', '2018-07-01'))).toBe('juli 2018');
    expect(read(formatMonth('en', '2018-07-01'))).toBe('July 2018');
  });

  it('keeps a date on one line: its spaces are non-breaking (content/STYLE.md)', () => {
    for (const text of [formatDate('nb', '2020-12-31'), formatDate('en', '2020-12-31'), formatMonth('nb', '2018-07-01')]) {
      expect(text).not.toContain(' ');
      expect(text).toContain('\u00a0');
    }
  });

  it('never moves a date, whatever zone the server runs in', () => {
    const zone = process.env.TZ;
    try {
      // From UTC-10 to UTC+14: a server anywhere writes the same calendar dates.
      for (const tz of ['Pacific/Honolulu', 'America/Los_Angeles', 'UTC', 'Europe/Oslo', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        expect(read(formatDate('nb', '2020-12-31')), tz).toBe('31. desember 2020');
        expect(read(formatDate('en', '2021-01-01')), tz).toBe('1 January 2021');
        expect(read(formatDate('nb', '2016-02-29')), tz).toBe('29. februar 2016');
        expect(read(formatDate('en', '2020-07-01')), tz).toBe('1 July 2020');
        expect(read(formatMonth('en', '2018-07-01')), tz).toBe('July 2018');
      }
    } finally {
      process.env.TZ = zone;
    }
  });
});
