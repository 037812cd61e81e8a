import { describe, expect, it } from 'vitest';
import { timelineRows, type TimelineRow } from './timeline-rows';

/** The rows as a reader meets them: an event by its name, a mark as "[assessed today]". */
const read = (rows: TimelineRow[]) =>
  rows.map((row) => (row.kind === 'event' ? row.name : `[${row.marks.join(' ')}] ${row.date}`));

const EVENTS = ['announced', 'k80SigningDeadline', 'firstExpiry', 'previousExpiry', 'finalExpiry', 'statusAffectedFrom'];

describe('the timeline’s rows', () => {
  it('tell the exemption’s story in date order, from its announcement to the first day without it', () => {
    expect(read(timelineRows())).toEqual(EVENTS);
    const dates = timelineRows().map((row) => row.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('put the day assessed and today between the right events', () => {
    expect(read(timelineRows({ assessed: '2020-10-01', today: '2026-12-07' }))).toEqual([
      'announced',
      'k80SigningDeadline',
      'firstExpiry',
      'previousExpiry',
      '[assessed] 2020-10-01',
      'finalExpiry',
      'statusAffectedFrom',
      '[today] 2026-12-07',
    ]);
    expect(read(timelineRows({ assessed: '2018-07-15', today: '2020-12-30' }))).toEqual([
      'announced',
      '[assessed] 2018-07-15',
      'k80SigningDeadline',
      'firstExpiry',
      'previousExpiry',
      '[today] 2020-12-30',
      'finalExpiry',
      'statusAffectedFrom',
    ]);
  });

  it('make one line of a day that is both, and put a mark on an event’s day right after that event', () => {
    expect(read(timelineRows({ assessed: '2020-12-31', today: '2020-12-31' }))).toEqual([
      ...EVENTS.slice(0, 5),
      '[assessed today] 2020-12-31',
      'statusAffectedFrom',
    ]);
    expect(read(timelineRows({ assessed: '2018-07-01', today: '2021-01-01' }))).toEqual([
      'announced',
      '[assessed] 2018-07-01',
      ...EVENTS.slice(1),
      '[today] 2021-01-01',
    ]);
  });
});
