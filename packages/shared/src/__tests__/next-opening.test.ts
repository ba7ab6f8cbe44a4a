import { describe, expect, it } from 'vitest';
import { formatNextOpening, nextOpening } from '../next-opening.js';
import { openingHoursSchema } from '../opening-hours.js';

// Asia/Shanghai is UTC+8 all year. 2026-11-23 is a Monday.
const at = (localIso: string) => new Date(`${localIso}+08:00`);
const hours = (input: unknown) => openingHoursSchema.parse(input);
const said = (h: ReturnType<typeof hours>, when: string) => {
  const next = nextOpening(h, at(when));
  return next && formatNextOpening(next);
};

describe('nextOpening', () => {
  const weekdays = hours({
    weekly: [
      {
        days: [1, 2, 3, 4, 5],
        ranges: [
          { open: '08:00', close: '12:00' },
          { open: '14:00', close: '18:00' },
        ],
      },
    ],
  });

  it('is later today before the opening and over lunch', () => {
    expect(nextOpening(weekdays, at('2026-11-23T07:00:00'))).toEqual({ date: '2026-11-23', time: '08:00', daysAhead: 0, weekday: 1 });
    expect(said(weekdays, '2026-11-23T12:30:00')).toBe('今天 14:00 开门');
  });

  it('is tomorrow after closing, and the next weekday over the weekend', () => {
    expect(said(weekdays, '2026-11-23T19:00:00')).toBe('明天 08:00 开门');
    expect(said(weekdays, '2026-11-27T19:00:00')).toBe('周一 08:00 开门'); // Friday evening
    expect(said(weekdays, '2026-11-28T10:00:00')).toBe('周一 08:00 开门'); // Saturday
  });

  it('counts the opening minute itself as open, so the next is the one after', () => {
    expect(said(weekdays, '2026-11-23T08:00:00')).toBe('今天 14:00 开门');
  });

  it('follows exceptions: a closed day is skipped, shortened hours are used', () => {
    const h = hours({
      ...weekdays,
      exceptions: [
        { date: '2026-11-24', closed: true },
        { date: '2026-11-25', ranges: [{ open: '10:00', close: '16:00' }] },
      ],
    });
    expect(said(h, '2026-11-23T19:00:00')).toBe('周三 10:00 开门');
  });

  it('names the date beyond a week', () => {
    const closures = Array.from({ length: 7 }, (_, i) => ({ date: `2026-11-${24 + i}`, closed: true }));
    const h = hours({ ...weekdays, exceptions: closures });
    expect(said(h, '2026-11-23T19:00:00')).toBe('12月1日 08:00 开门');
  });

  it('judges overnight places in their own zone', () => {
    const night = hours({
      timezone: 'Asia/Urumqi',
      weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], ranges: [{ open: '18:00', close: '06:00' }] }],
    });
    // 10:00 in Shanghai is 08:00 in Urumqi (UTC+6).
    expect(said(night, '2026-11-23T10:00:00')).toBe('今天 18:00 开门');
  });

  it('says nothing for round-the-clock places or places that never open', () => {
    expect(nextOpening(hours({ alwaysOpen: true }), at('2026-11-23T10:00:00'))).toBeUndefined();
    expect(nextOpening(hours({}), at('2026-11-23T10:00:00'))).toBeUndefined();
  });
});
