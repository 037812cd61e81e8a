/**
 * Calendar dates as ISO strings ('YYYY-MM-DD').
 *
 * The exemption's rules speak of days in Norway, not of instants, so dates stay strings that
 * compare lexically and never pass through a time zone. The only place an instant becomes a date
 * is `todayIn`, which asks Intl for the wall-calendar date in the given zone.
 */
export type IsoDate = `${number}-${number}-${number}`;

/** The time zone every date of the site belongs to: the exemption's days are days in Norway. */
export const SITE_TIME_ZONE = 'Europe/Oslo';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when year/month/day name a day that exists in the proleptic Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

/** Parses a strict 'YYYY-MM-DD' that names a real day; anything else is null. */
export function parseIsoDate(value: string): IsoDate | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  return isRealDate(year, month, day) ? (value as IsoDate) : null;
}

/** Day count since 1970-01-01. Date.UTC is used as a calendar, not as a clock: no zone applies. */
function dayNumber(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Days from `from` to `to`, both counted: the same day gives 1; `to` before `from` gives 0. */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

/** One formatter per zone: making one costs more than using it, and a page asks for today often. */
const wallCalendars = new Map<string, Intl.DateTimeFormat>();
function wallCalendar(timeZone: string): Intl.DateTimeFormat {
  let format = wallCalendars.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    wallCalendars.set(timeZone, format);
  }
  return format;
}

/** The calendar date that a wall clock in `timeZone` shows at `instant`. */
export function todayIn(timeZone: string, instant: Date): IsoDate {
  const parts = wallCalendar(timeZone).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return toIsoDate(part('year'), part('month'), part('day'));
}
