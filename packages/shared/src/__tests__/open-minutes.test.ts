import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openMinutesOn, openStateAt, type OpeningHours } from '../opening-hours.js';
import { formatHhmm, localTime } from '../time.js';

const hhmm = fc.integer({ min: 0, max: 96 }).map((q) => formatHhmm(q * 15));
const range = fc.record({ open: hhmm, close: hhmm });
const day = (offset: number) => new Date(Date.UTC(2026, 10, 20 + offset)).toISOString().slice(0, 10);

/** Hours with overnight ranges, 24:00, closures and holiday ranges on the days the instants fall on. */
const hoursArb: fc.Arbitrary<OpeningHours> = fc.record({
  timezone: fc.constantFrom('Asia/Shanghai', 'Europe/Berlin', 'America/New_York'),
  alwaysOpen: fc.integer({ min: 0, max: 6 }).map((n) => n === 0), // one in seven always open
  weekly: fc.array(
    fc.record({
      days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      ranges: fc.array(range, { minLength: 1, maxLength: 3 }),
    }),
    { maxLength: 3 },
  ),
  exceptions: fc.uniqueArray(
    fc.record({ date: fc.integer({ min: 0, max: 9 }).map(day), closed: fc.boolean(), ranges: fc.array(range, { maxLength: 2 }) }),
    { selector: (e) => e.date, maxLength: 4 },
  ),
});

const openBySpans = (hours: OpeningHours, at: Date) => {
  const local = localTime(at, hours.timezone);
  const spans = openMinutesOn(hours, local);
  return spans.some((from, i) => i % 2 === 0 && local.minute >= from && local.minute < spans[i + 1]!);
};

describe('openMinutesOn', () => {
  it('holds the minutes openStateAt calls open, for any hours and instant', () => {
    const instant = fc.integer({ min: Date.UTC(2026, 10, 20), max: Date.UTC(2026, 10, 30) }).map((t) => new Date(t));
    fc.assert(
      fc.property(hoursArb, fc.array(instant, { minLength: 1, maxLength: 20 }), (hours, instants) => {
        for (const at of instants) expect(openBySpans(hours, at), at.toISOString()).toBe(openStateAt(hours, at).open);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts an overnight range at midnight and carries its morning into the next day', () => {
    const night = {
      timezone: 'Asia/Shanghai',
      alwaysOpen: false,
      weekly: [{ days: [1], ranges: [{ open: '22:00', close: '06:00' }] }],
      exceptions: [],
    };
    const monday = { date: '2026-11-23', weekday: 1, yesterday: { date: '2026-11-22', weekday: 7 } };
    const tuesday = { date: '2026-11-24', weekday: 2, yesterday: monday };
    expect(openMinutesOn(night, monday)).toEqual([1320, 1440]);
    expect(openMinutesOn(night, tuesday)).toEqual([0, 360]);
  });
});
