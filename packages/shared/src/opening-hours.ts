import { z } from 'zod';

const time = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, '时间格式须为 HH:MM');

/** One opening range; a close at or before the open time runs past midnight into the next day. */
export const timeRangeSchema = z.strictObject({ open: time, close: time });

export const weeklyRuleSchema = z.strictObject({
  days: z.array(z.number().int().min(1).max(7)).min(1).max(7).meta({ description: 'ISO weekdays, 1 = Monday' }),
  ranges: z.array(timeRangeSchema).min(1).max(4),
});

export const hoursExceptionSchema = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式须为 YYYY-MM-DD'),
  closed: z.boolean().default(false),
  ranges: z.array(timeRangeSchema).max(4).default([]),
  note: z.string().max(60).optional(),
});

const timezoneSchema = z.string().refine((tz) => {
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

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

interface LocalDay {
  date: string;
  weekday: number;
  minute: number;
  yesterday: { date: string; weekday: number };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

const lastLocal = new Map<string, { minute: number; value: LocalDay }>();

/**
 * The local date, ISO weekday and minute of the day of `at` in `timezone`. Formatting a date in a time zone is
 * slow next to everything else here, so the answer is kept for the rest of that minute.
 */
export function localTime(at: Date, timezone: string): LocalDay {
  const minute = Math.floor(at.getTime() / 60_000);
  const cached = lastLocal.get(timezone);
  if (cached?.minute === minute) return cached.value;
  const value = computeLocalTime(at, timezone);
  lastLocal.set(timezone, { minute, value });
  return value;
}

function computeLocalTime(at: Date, timezone: string): LocalDay {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timezone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, weekday, minute: Number(parts.hour) * 60 + Number(parts.minute), yesterday: previousDay(date, weekday) };
}

function previousDay(date: string, weekday: number): { date: string; weekday: number } {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return { date: d.toISOString().slice(0, 10), weekday: weekday === 1 ? 7 : weekday - 1 };
}

/** The ranges that start on a local day: that day's exception if any, else its weekly rules. */
function rangesOn(hours: OpeningHours, date: string, weekday: number): TimeRange[] {
  const exception = hours.exceptions.find((e) => e.date === date);
  if (exception) return exception.closed ? [] : exception.ranges;
  return hours.weekly.filter((rule) => rule.days.includes(weekday)).flatMap((rule) => rule.ranges);
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Whether a place is open at `at`, judged in the place's own time zone, with overnight ranges (22:00–06:00)
 * and dated exceptions (holidays, closures). An exception replaces the weekly rules of its day, and a closed day
 * does not cut short a range that began the evening before.
 */
export function openStateAt(hours: OpeningHours, at: Date): OpenState {
  if (hours.alwaysOpen) return { open: true };
  const now = localTime(at, hours.timezone);

  for (const range of rangesOn(hours, now.date, now.weekday)) {
    const open = toMinutes(range.open);
    const close = toMinutes(range.close);
    const overnight = close <= open;
    if (now.minute >= open && (overnight || now.minute < close)) {
      return { open: true, closesAt: hhmm(close % 1440), closesNextDay: overnight || close === 1440 };
    }
  }
  for (const range of rangesOn(hours, now.yesterday.date, now.yesterday.weekday)) {
    const open = toMinutes(range.open);
    const close = toMinutes(range.close);
    if (close <= open && now.minute < close) return { open: true, closesAt: hhmm(close), closesNextDay: false };
  }
  return { open: false };
}
