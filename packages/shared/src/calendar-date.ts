import { z } from 'zod';
import './locale.js';
import { labelled } from './field-labels.zh-CN.js';

/** The years a calendar date may fall in: Excel's first (1900) to the last four-digit year. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a month (1–12) of a year. */
export const daysInMonth = (year: number, month: number) =>
  [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;

/** YYYY-MM-DD for a day that exists, or undefined ("2026-13-45", "2026-02-30"). */
function dateOf(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Whether a text is a YYYY-MM-DD date that exists in the calendar. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return !!m && dateOf(Number(m[1]), Number(m[2]), Number(m[3])) === text;
}

/** Excel's day 1 is 1900-01-01; it counts a 29 February 1900 that never was (day 60), so later days are one short. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 31);
const EXCEL_FAKE_LEAP_DAY = 60;
/** 9999-12-31, the last day Excel numbers. */
export const EXCEL_LAST_SERIAL = 2_958_465;

/** The calendar date of an Excel date serial (the time of day, a fraction, is dropped); undefined outside 1900–9999 or day 60. */
export function excelSerialToDate(serial: number): string | undefined {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day > EXCEL_LAST_SERIAL || day === EXCEL_FAKE_LEAP_DAY) return undefined;
  const d = new Date(EXCEL_EPOCH_UTC + (day > EXCEL_FAKE_LEAP_DAY ? day - 1 : day) * 86_400_000);
  return dateOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The Excel serial of a calendar date: the inverse of excelSerialToDate. */
export function dateToExcelSerial(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const days = Math.round((Date.UTC(y!, m! - 1, d!) - EXCEL_EPOCH_UTC) / 86_400_000);
  return days >= EXCEL_FAKE_LEAP_DAY ? days + 1 : days;
}

const writtenDate = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)$/;
const excelSerial = /^\d{1,7}(?:\.\d+)?$/;

/**
 * A date as staff write it in a sheet or a form, as YYYY-MM-DD: "2026-11-20", "2026/11/20", "2026.11.20",
 * "2026年11月20日", or an Excel date serial (46346, also as text). Undefined for anything else and for days that do
 * not exist ("2026/13/45", "2026-02-30").
 */
export function parseCalendarDate(input: string | number): string | undefined {
  if (typeof input === 'number') return excelSerialToDate(input);
  const text = input.trim();
  if (excelSerial.test(text)) return excelSerialToDate(Number(text));
  const m = writtenDate.exec(text);
  if (!m) return undefined;
  return dateOf(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
}

/** The same day `years` later (earlier when negative); 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const year = y! + years;
  return `${pad(year, 4)}-${pad(m!)}-${pad(Math.min(d!, daysInMonth(year, m!)))}`;
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A YYYY-MM-DD day that exists in the calendar. */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, labelled('须为 YYYY-MM-DD 格式，如 2026-12-01'))
  .refine(isCalendarDate, labelled('不是日历上存在的日期'));
