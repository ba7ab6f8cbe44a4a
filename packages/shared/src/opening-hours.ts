import { z } from 'zod';
import { labelled } from './field-labels.zh-CN.js';
import { text } from './text.js';
import { formatHhmm, localTime, parseHhmm } from './time.js';

const time = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, labelled('须为 HH:MM 格式，如 08:00'));

/** One opening range; a close at or before the open time runs past midnight into the next day. */
export const timeRangeSchema = z.strictObject({ open: time, close: time });

export const weeklyRuleSchema = z.strictObject({
  days: z.array(z.number().int().min(1).max(7)).min(1).max(7).meta({ description: 'ISO weekdays, 1 = Monday' }),
  ranges: z.array(timeRangeSchema).min(1).max(4),
});

export const hoursExceptionSchema = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, labelled('须为 YYYY-MM-DD 格式，如 2027-02-17')),
  closed: z.boolean().default(false),
  ranges: z.array(timeRangeSchema).max(4).default([]),
  note: text({ max: 60 }).optional(),
});

const timezoneSchema = text({ max: 64 }).refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, '未知的时区');

export const openingHoursSchema = z
  .strictObject({
    timezone: timezoneSchema.default('Asia/Shanghai'),
    alwaysOpen: z.boolean().default(false),
    weekly: z.array(weeklyRuleSchema).max(14).default([]),
    exceptions: z.array(hoursExceptionSchema).max(60).default([]),
  })
  .meta({ id: 'OpeningHours', description: 'Weekly hours in the local time zone, with dated exceptions' });

export type TimeRange = z.infer<typeof timeRangeSchema>;
export type OpeningHours = z.infer<typeof openingHoursSchema>;

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
