import { describe, expect, it } from 'vitest';
import { openingHoursSchema, openStateAt } from '../opening-hours.js';

// Times are given in UTC; Asia/Shanghai is UTC+8 all year. 2026-11-23 is a Monday.
const at = (localIso: string) => new Date(`${localIso}+08:00`);
const hours = (input: unknown) => openingHoursSchema.parse(input);

describe('openStateAt', () => {
  const dayShop = hours({ weekly: [{ days: [1, 2, 3, 4, 5], ranges: [{ open: '08:00', close: '20:00' }] }] });

  it('is open inside the range and says until when', () => {
    expect(openStateAt(dayShop, at('2026-11-23T12:00:00'))).toEqual({ open: true, closesAt: '20:00', closesNextDay: false });
    expect(openStateAt(dayShop, at('2026-11-23T20:00:00'))).toEqual({ open: false });
    expect(openStateAt(dayShop, at('2026-11-23T07:59:00'))).toEqual({ open: false });
    expect(openStateAt(dayShop, at('2026-11-22T12:00:00')).open).toBe(false); // Sunday
  });

  it('judges in the place’s time zone, not the server’s', () => {
    // 13:00 UTC is 21:00 in Shanghai (closed) but 14:00 in Berlin (open).
    const utc = new Date('2026-11-23T13:00:00Z');
    expect(openStateAt(dayShop, utc).open).toBe(false);
    expect(openStateAt({ ...dayShop, timezone: 'Europe/Berlin' }, utc).open).toBe(true);
  });

  const nightStation = hours({ weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], ranges: [{ open: '18:00', close: '06:00' }] }] });

  it('handles ranges across midnight', () => {
    expect(openStateAt(nightStation, at('2026-11-23T23:30:00'))).toEqual({ open: true, closesAt: '06:00', closesNextDay: true });
    expect(openStateAt(nightStation, at('2026-11-24T02:00:00'))).toEqual({ open: true, closesAt: '06:00', closesNextDay: false });
    expect(openStateAt(nightStation, at('2026-11-24T06:00:00')).open).toBe(false);
    expect(openStateAt(nightStation, at('2026-11-24T12:00:00')).open).toBe(false);
  });

  it('a closure exception closes the day but not the night that began before it', () => {
    const withClosure = { ...nightStation, exceptions: [{ date: '2026-11-24', closed: true, ranges: [] }] };
    expect(openStateAt(withClosure, at('2026-11-24T02:00:00')).open).toBe(true); // Monday night's range
    expect(openStateAt(withClosure, at('2026-11-24T19:00:00')).open).toBe(false);
    expect(openStateAt(withClosure, at('2026-11-25T02:00:00')).open).toBe(false);
  });

  it('a holiday exception replaces the weekly hours of its day', () => {
    const holiday = { ...dayShop, exceptions: [{ date: '2026-11-23', closed: false, ranges: [{ open: '10:00', close: '14:00' }] }] };
    expect(openStateAt(holiday, at('2026-11-23T09:00:00')).open).toBe(false);
    expect(openStateAt(holiday, at('2026-11-23T13:00:00'))).toEqual({ open: true, closesAt: '14:00', closesNextDay: false });
  });

  it('24-hour places are always open; a close of 24:00 ends at midnight', () => {
    expect(openStateAt(hours({ alwaysOpen: true }), at('2026-11-23T03:00:00'))).toEqual({ open: true });
    const late = hours({ weekly: [{ days: [1], ranges: [{ open: '09:00', close: '24:00' }] }] });
    expect(openStateAt(late, at('2026-11-23T23:59:00'))).toEqual({ open: true, closesAt: '00:00', closesNextDay: true });
  });

  it('rejects malformed hours with precise messages', () => {
    const bad = openingHoursSchema.safeParse({ timezone: 'Mars/Base', weekly: [{ days: [8], ranges: [{ open: '25:00', close: '6' }] }] });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['timezone', 'weekly.0.days.0', 'weekly.0.ranges.0.open', 'weekly.0.ranges.0.close']));
  });
});
