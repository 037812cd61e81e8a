import { describe, expect, it } from 'vitest';
import { exemptionStatus } from './exemption-status';

describe('exemption status', () => {
  it('is in force through 31 December 2020, with that day counted', () => {
    expect(exemptionStatus('2020-12-31')).toEqual({ state: 'in-force', daysLeft: 1, lastDay: '2020-12-31' });
    expect(exemptionStatus('2020-12-01')).toEqual({ state: 'in-force', daysLeft: 31, lastDay: '2020-12-31' });
    expect(exemptionStatus('2020-07-01').state).toBe('in-force');
  });

  it('has ended from 1 January 2021', () => {
    expect(exemptionStatus('2021-01-01')).toEqual({ state: 'ended', lastDay: '2020-12-31' });
    expect(exemptionStatus('2026-11-25').state).toBe('ended');
  });
});

describe('eraOn', () => {
  it('is in-force through 31 December 2020 and ended from 1 January 2021', async () => {
    const { eraOn } = await import('./exemption-status');
    expect(eraOn('2020-12-31')).toBe('in-force');
    expect(eraOn('2021-01-01')).toBe('ended');
  });
});
