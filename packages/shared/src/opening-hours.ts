import { z } from 'zod';
import './locale.js';
import { labelled } from './field-labels.zh-CN.js';
import { text } from './text.js';

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

// The rules that read opening hours need no zod: apps import them without the schemas (see package.json sideEffects).
export * from './opening-state.js';
