import { describe, expect, it } from 'vitest';
import { daysInclusive, isRealDate, parseIsoDate, todayIn } from './calendar-date';

describe('calendar dates', () => {
  it('knows which days exist, leap days included', () => {
    expect(isRealDate(2020, 2, 29)).toBe(true);
    expect(isRealDate(2019, 2, 29)).toBe(false);
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2018, 2, 31)).toBe(false);
    expect(isRealDate(2018, 4, 31)).toBe(false);
    expect(isRealDate(2018, 13, 1)).toBe(false);
    expect(isRealDate(2018, 12, 31)).toBe(true);
  });

  it('parses only strict, real ISO dates', () => {
    expect(parseIsoDate('2018-08-31')).toBe('2018-08-31');
    expect(parseIsoDate('2018-02-30')).toBeNull();
    expect(parseIsoDate('31.08.2018')).toBeNull();
    expect(parseIsoDate('2018-8-31')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });

  it('counts days with both ends included', () => {
    expect(daysInclusive('2020-12-31', '2020-12-31')).toBe(1);
    expect(daysInclusive('2020-12-30', '2020-12-31')).toBe(2);
    expect(daysInclusive('2020-01-01', '2020-12-31')).toBe(366);
    expect(daysInclusive('2021-01-01', '2020-12-31')).toBe(0);
    // Across the switch to summer time in Oslo (29 March 2020): still whole days.
    expect(daysInclusive('2020-03-28', '2020-03-30')).toBe(3);
  });

  it('reads the date on an Oslo wall clock, not in UTC', () => {
    // 23:30 UTC on 31 December 2020 is already 1 January 2021 in Oslo (UTC+1 in winter).
    expect(todayIn('Europe/Oslo', new Date('2020-12-31T23:30:00Z'))).toBe('2021-01-01');
    expect(todayIn('Europe/Oslo', new Date('2020-12-31T22:59:59Z'))).toBe('2020-12-31');
    // In summer Oslo is UTC+2: 22:30 UTC on 30 June 2020 is 1 July in Oslo.
    expect(todayIn('Europe/Oslo', new Date('2020-06-30T22:30:00Z'))).toBe('2020-07-01');
    expect(todayIn('Europe/Oslo', new Date('2020-06-30T21:59:59Z'))).toBe('2020-06-30');
  });

  it('keeps each zone its own calendar, however often it is asked', () => {
    const instant = new Date('2020-12-31T12:00:00Z');
    expect(todayIn('Pacific/Kiritimati', instant)).toBe('2021-01-01');
    expect(todayIn('Pacific/Pago_Pago', instant)).toBe('2020-12-31');
    expect(todayIn('Europe/Oslo', instant)).toBe('2020-12-31');
    expect(todayIn('Pacific/Kiritimati', instant)).toBe('2021-01-01');
  });
});
