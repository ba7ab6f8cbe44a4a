import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addYears,
  calendarDateSchema,
  daysInMonth,
  dateToExcelSerial,
  EXCEL_LAST_SERIAL,
  excelSerialToDate,
  isCalendarDate,
  parseCalendarDate,
} from '../calendar-date.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A day that exists, 1900-03-01 to 9999-12-31 (from Excel's day 61 on, where its serials are continuous). */
const existingDay = fc
  .date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), iso: d.toISOString().slice(0, 10) }));

describe('parseCalendarDate', () => {
  it('reads the ways staff write a date', () => {
    for (const text of [
      '2026-11-20',
      '2026/11/20',
      '2026.11.20',
      '2026年11月20日',
      '2026年11月20',
      ' 2026/11/20 ',
      '2026 年 11 月 20 日',
    ]) {
      expect(parseCalendarDate(text), text).toBe('2026-11-20');
    }
    expect(parseCalendarDate('2026/1/5')).toBe('2026-01-05');
    expect(parseCalendarDate('2024年2月29日')).toBe('2024-02-29');
  });

  it('reads Excel date serials, as numbers and as text', () => {
    expect(parseCalendarDate(45658)).toBe('2025-01-01');
    expect(parseCalendarDate('46346')).toBe('2026-11-20');
    expect(parseCalendarDate(46346.75)).toBe('2026-11-20');
    expect(parseCalendarDate(1)).toBe('1900-01-01');
    expect(parseCalendarDate(59)).toBe('1900-02-28');
    expect(parseCalendarDate(61)).toBe('1900-03-01');
    expect(parseCalendarDate(EXCEL_LAST_SERIAL)).toBe('9999-12-31');
  });

  it('refuses days that do not exist and text that is not a date', () => {
    for (const text of [
      '2026/13/45',
      '2026-13-45',
      '2026-02-30',
      '2025-02-29',
      '2100-02-29',
      '2026-00-10',
      '2026-04-31',
      '2026年11月32日',
    ]) {
      expect(parseCalendarDate(text), text).toBeUndefined();
    }
    for (const text of ['', '明天', '20261120', '11/20/2026', '2026-11', '2026-11-20T00:00', '0', '-5', '1e5', '1899-12-31']) {
      expect(parseCalendarDate(text), text).toBeUndefined();
    }
    expect(parseCalendarDate(60)).toBeUndefined(); // Excel's 29 February 1900
    expect(parseCalendarDate(0)).toBeUndefined();
    expect(parseCalendarDate(EXCEL_LAST_SERIAL + 1)).toBeUndefined();
    expect(parseCalendarDate(Number.NaN)).toBeUndefined();
  });
});

describe('parseCalendarDate, for every day', () => {
  it('reads each written form of an existing day as that day', () => {
    fc.assert(
      fc.property(existingDay, fc.constantFrom('-', '/', '.'), fc.boolean(), ({ y, m, d, iso }, sep, padded) => {
        const [mm, dd] = padded ? [pad(m), pad(d)] : [String(m), String(d)];
        expect(parseCalendarDate(`${y}${sep}${mm}${sep}${dd}`)).toBe(iso);
        expect(parseCalendarDate(`${y}年${mm}月${dd}日`)).toBe(iso);
      }),
    );
  });

  it('reads an Excel serial as the day it numbers, and back', () => {
    fc.assert(
      fc.property(existingDay, fc.double({ min: 0, max: 0.999, noNaN: true }), ({ iso }, time) => {
        const serial = dateToExcelSerial(iso);
        expect(parseCalendarDate(serial + time)).toBe(iso);
        expect(parseCalendarDate(String(serial))).toBe(iso);
      }),
    );
  });

  it('refuses a month above 12 or a day past the end of its month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }), (y, m, d) => {
        const exists = m <= 12 && d <= daysInMonth(y, m);
        expect(parseCalendarDate(`${y}/${m}/${d}`) !== undefined).toBe(exists);
        expect(isCalendarDate(`${y}-${pad(m)}-${pad(d)}`)).toBe(exists);
      }),
    );
  });

  it('answers only YYYY-MM-DD days that exist, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/)), (text) => {
        const parsed = parseCalendarDate(text);
        if (parsed !== undefined) expect(isCalendarDate(parsed)).toBe(true);
      }),
    );
  });
});

describe('calendar days', () => {
  it('adds years, keeping 29 February on 28 February in a common year', () => {
    expect(addYears('2026-11-20', 6)).toBe('2032-11-20');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('the schema takes only days that exist, naming the field', () => {
    expect(calendarDateSchema.safeParse('2026-11-20').success).toBe(true);
    const impossible = calendarDateSchema.safeParse('2026-13-45');
    expect(impossible.success).toBe(false);
    expect(excelSerialToDate(46346)).toBe('2026-11-20');
  });
});
