import type { OpeningHours, TimeRange } from './opening-hours.js';
import { formatHhmm, localTime, parseHhmm } from './time.js';

export interface OpenState {
  open: boolean;
  /** Local time the current opening ends ("22:00"), when open and not round the clock. */
  closesAt?: string;
  /** True when `closesAt` is on the next local day. */
  closesNextDay?: boolean;
}

/** The ranges that start on a local day: that day's exception if any, else its weekly rules. */
export function rangesOn(hours: OpeningHours, date: string, weekday: number): TimeRange[] {
  const exception = hours.exceptions.find((e) => e.date === date);
  if (exception) return exception.closed ? [] : exception.ranges;
  return hours.weekly.filter((rule) => rule.days.includes(weekday)).flatMap((rule) => rule.ranges);
}

/** A local day as `localTime` gives it: the date, its ISO weekday, and the day before. */
export interface LocalDate {
  date: string;
  weekday: number;
  yesterday: { date: string; weekday: number };
}

/**
 * The minutes of one local day a place is open, as [from, to) pairs flat in one list: for every minute m of that day,
 * `openStateAt` answers open exactly when some pair holds m. Worked out once per place and day, so a map query
 * over many places judges "open now" with comparisons.
 */
export function openMinutesOn(hours: OpeningHours, day: LocalDate): number[] {
  if (hours.alwaysOpen) return [0, 1440];
  const spans: number[] = [];
  for (const range of rangesOn(hours, day.date, day.weekday)) {
    const open = parseHhmm(range.open);
    const close = parseHhmm(range.close);
    spans.push(open, close <= open ? 1440 : close);
  }
  for (const range of rangesOn(hours, day.yesterday.date, day.yesterday.weekday)) {
    const open = parseHhmm(range.open);
    const close = parseHhmm(range.close);
    if (close <= open) spans.push(0, close);
  }
  return spans;
}

/**
 * Whether a place is open at `at`, judged in the place's own time zone, with overnight ranges (22:00–06:00)
 * and dated exceptions (holidays, closures). An exception replaces the weekly rules of its day, and a closed day
 * does not cut short a range that began the evening before.
 */
export function openStateAt(hours: OpeningHours, at: Date): OpenState {
  if (hours.alwaysOpen) return { open: true };
  const now = localTime(at, hours.timezone);

  for (const range of rangesOn(hours, now.date, now.weekday)) {
    const open = parseHhmm(range.open);
    const close = parseHhmm(range.close);
    const overnight = close <= open;
    if (now.minute >= open && (overnight || now.minute < close)) {
      return { open: true, closesAt: formatHhmm(close % 1440), closesNextDay: overnight || close === 1440 };
    }
  }
  for (const range of rangesOn(hours, now.yesterday.date, now.yesterday.weekday)) {
    const open = parseHhmm(range.open);
    const close = parseHhmm(range.close);
    if (close <= open && now.minute < close) return { open: true, closesAt: formatHhmm(close), closesNextDay: false };
  }
  return { open: false };
}
