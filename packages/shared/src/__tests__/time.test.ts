import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, beijingDate, beijingDateTime, beijingDayEnd, beijingDayStart, formatHhmm, localTime, parseHhmm } from '../time.js';

// 01:00 on 2 December in Beijing is still 1 December in UTC: the hours the UTC date got wrong.
const ONE_AM_BEIJING = new Date('2026-12-02T01:00:00+08:00');

afterEach(() => vi.useRealTimers());

describe('Beijing dates', () => {
  it('dates an instant by the Beijing calendar, not the UTC one', () => {
    expect(ONE_AM_BEIJING.toISOString()).toBe('2026-12-01T17:00:00.000Z');
    expect(beijingDate(ONE_AM_BEIJING)).toBe('2026-12-02');
    expect(beijingDate(ONE_AM_BEIJING.getTime())).toBe('2026-12-02');
    expect(beijingDate(new Date('2026-12-02T23:59:00+08:00'))).toBe('2026-12-02');
    expect(beijingDateTime(ONE_AM_BEIJING)).toBe('2026-12-02 01:00');
  });

  it('takes "now" from the clock', () => {
    vi.useFakeTimers({ now: ONE_AM_BEIJING, toFake: ['Date'] });
    expect(beijingDate()).toBe('2026-12-02');
    expect(beijingDateTime()).toBe('2026-12-02 01:00');
  });

  it('counts days across months and years, and bounds a Beijing day', () => {
    expect(addDays('2026-12-02', 14)).toBe('2026-12-16');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(beijingDayStart('2026-12-02').toISOString()).toBe('2026-12-01T16:00:00.000Z');
    expect(beijingDayEnd('2026-12-02').toISOString()).toBe('2026-12-02T15:59:59.999Z');
  });

  it('reads and writes hh:mm', () => {
    expect(parseHhmm('09:30')).toBe(570);
    expect(formatHhmm(570)).toBe('09:30');
    expect(formatHhmm(0)).toBe('00:00');
    expect(formatHhmm(parseHhmm('23:59'))).toBe('23:59');
  });

  it('gives the local day, weekday and minute, with the day before', () => {
    expect(localTime(ONE_AM_BEIJING, 'Asia/Shanghai')).toEqual({
      date: '2026-12-02',
      weekday: 3,
      minute: 60,
      yesterday: { date: '2026-12-01', weekday: 2 },
    });
    expect(localTime(new Date('2026-11-30T02:00:00+08:00'), 'Asia/Shanghai').yesterday).toEqual({ date: '2026-11-29', weekday: 7 });
  });
});
