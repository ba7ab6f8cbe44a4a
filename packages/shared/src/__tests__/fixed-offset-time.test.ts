import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localTime } from '../time.js';

/** The local date, ISO weekday and minute by Intl itself, as localTime works them out for other zones. */
function byIntl(at: Date, timeZone: string) {
  const f = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday!) + 1;
  return { date: `${p.year}-${p.month}-${p.day}`, weekday, minute: Number(p.hour) * 60 + Number(p.minute) };
}

describe('local time in Beijing and Xinjiang time', () => {
  it('works out what Intl says, by arithmetic, for any instant since 1992', () => {
    const instants = fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(instants, fc.constantFrom('Asia/Shanghai', 'Asia/Urumqi'), (at, zone) => {
        const { date, weekday, minute } = localTime(at, zone);
        expect({ date, weekday, minute }).toEqual(byIntl(at, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it('turns the day at local midnight', () => {
    expect(localTime(new Date('2026-12-01T15:59:00Z'), 'Asia/Shanghai')).toMatchObject({ date: '2026-12-01', minute: 1439 });
    expect(localTime(new Date('2026-12-01T16:00:00Z'), 'Asia/Shanghai')).toMatchObject({
      date: '2026-12-02',
      weekday: 3,
      minute: 0,
      yesterday: { date: '2026-12-01', weekday: 2 },
    });
    expect(localTime(new Date('2026-12-01T18:00:00Z'), 'Asia/Urumqi')).toMatchObject({ date: '2026-12-02', minute: 0 });
  });
});
