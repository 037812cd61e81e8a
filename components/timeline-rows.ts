import type { IsoDate } from '@/lib/calendar-date';
import { KEY_DATES, TIMELINE, type KeyDateName } from '@/lib/exemption-dates';

export type TimelineMark = 'assessed' | 'today';

/** One line of the timeline: one of the exemption's events, or a day the reader is shown (assessed, today, or both). */
export type TimelineRow =
  { kind: 'event'; name: KeyDateName; date: IsoDate } | { kind: 'mark'; date: IsoDate; marks: TimelineMark[] };

/**
 * The timeline's lines in date order: the events of TIMELINE, and the day assessed and today each
 * in its place. A day that is both is one line; a day that is also an event's comes right after
 * that event (on 31 December 2020 the exemption is still in force, so that day follows its line).
 */
export function timelineRows(marked: Partial<Record<TimelineMark, IsoDate>> = {}): TimelineRow[] {
  const days = new Map<IsoDate, TimelineMark[]>();
  for (const mark of ['assessed', 'today'] as const) {
    const date = marked[mark];
    if (date) days.set(date, [...(days.get(date) ?? []), mark]);
  }
  const marks = [...days]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, names]) => ({ kind: 'mark' as const, date, marks: names }));
  const rows: TimelineRow[] = [];
  for (const name of TIMELINE) {
    const date = KEY_DATES[name];
    while (marks.length > 0 && marks[0].date < date) rows.push(marks.shift()!);
    rows.push({ kind: 'event', name, date });
  }
  return [...rows, ...marks];
}
