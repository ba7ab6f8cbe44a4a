import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  enrollBlock,
  firstSessionDate,
  lockedCourseFields,
  nextSession,
  sessionIndexAt,
  startingSoonAt,
  STARTING_SOON_DAYS,
} from '../course-rules.js';

const ONE_AM_BEIJING = new Date('2026-12-02T01:00:00+08:00');
const on = (...dates: string[]) => dates.map((date) => ({ date, start: '09:00', end: '12:00' }));

afterEach(() => vi.useRealTimers());

describe('starting soon', () => {
  it('counts Beijing days from today, also in the hours when the UTC date is still yesterday', () => {
    const soon = startingSoonAt(ONE_AM_BEIJING);
    expect(STARTING_SOON_DAYS).toBe(14);
    expect(soon(on('2026-12-02'))).toBe(true);
    expect(soon(on('2026-12-16'))).toBe(true); // 14 Beijing days on; the UTC date would stop at 12-15
    expect(soon(on('2026-12-17'))).toBe(false);
    expect(soon(on('2026-12-01'))).toBe(false); // yesterday in Beijing, though still "today" in UTC
    expect(soon(on('2026-12-20', '2026-12-03'))).toBe(true); // judged by the first session
    expect(soon([])).toBe(false);
  });

  it('takes "now" from the clock', () => {
    vi.useFakeTimers({ now: ONE_AM_BEIJING, toFake: ['Date'] });
    expect(startingSoonAt()(on('2026-12-16'))).toBe(true);
    expect(startingSoonAt()(on('2026-12-01'))).toBe(false);
  });

  it('finds the first session date', () => {
    expect(firstSessionDate(on('2026-12-09', '2026-12-02'))).toBe('2026-12-02');
    expect(firstSessionDate([])).toBe('');
  });
});

describe('session windows', () => {
  const sessions = [
    { date: '2026-12-02', start: '09:00', end: '12:00' },
    { date: '2026-12-02', start: '14:00', end: '18:00' },
  ];
  const at = (hhmm: string, date = '2026-12-02') => new Date(`${date}T${hhmm}:00+08:00`);

  it('opens check-in 30 minutes before a session and closes it at its end, in Beijing time', () => {
    expect(sessionIndexAt(sessions, at('08:29'))).toBe(-1);
    expect(sessionIndexAt(sessions, at('08:30'))).toBe(0);
    expect(sessionIndexAt(sessions, at('12:00'))).toBe(0);
    expect(sessionIndexAt(sessions, at('12:01'))).toBe(-1);
    expect(sessionIndexAt(sessions, at('13:45'))).toBe(1);
    expect(sessionIndexAt(sessions, at('10:00', '2026-12-03'))).toBe(-1);
    expect(sessionIndexAt([{ date: '2026-12-02', start: '00:30', end: '02:00' }], ONE_AM_BEIJING)).toBe(0);
  });

  it('names the session under way or next to come', () => {
    expect(nextSession(sessions, at('10:00'))).toBe(sessions[0]);
    expect(nextSession(sessions, at('12:01'))).toBe(sessions[1]);
    expect(nextSession(sessions, at('18:01'))).toBeUndefined();
    expect(nextSession([...sessions].reverse(), at('07:00'))).toBe(sessions[0]);
    expect(nextSession(sessions, ONE_AM_BEIJING)).toBe(sessions[0]);
  });
});

describe('joining a class', () => {
  const open = { status: 'open', seatsLeft: 3, enrollDeadline: '2026-12-01T00:00:00+08:00' };
  const before = Date.parse('2026-11-20T00:00:00+08:00');

  it('says why a class cannot be joined, and nothing when it can', () => {
    expect(enrollBlock(open, before)).toBeNull();
    expect(enrollBlock({ ...open, status: 'full', seatsLeft: 0 }, before)).toBe('full');
    for (const status of ['draft', 'running', 'finished', 'cancelled'] as const)
      expect(enrollBlock({ ...open, status }, before)).toBe(status);
    expect(enrollBlock(open, Date.parse('2026-12-01T00:00:01+08:00'))).toBe('deadline-passed');
    expect(enrollBlock({ ...open, enrollDeadline: new Date('2026-12-01T00:00:00+08:00') }, before)).toBeNull();
  });

  it('leaves seats out when the caller claims one instead of counting', () => {
    expect(enrollBlock({ status: 'open', enrollDeadline: open.enrollDeadline }, before)).toBeNull();
  });
});

describe('editing a class once people enrolled', () => {
  it('locks what they enrolled for from the first enrollment on', () => {
    expect(lockedCourseFields(0)).toEqual([]);
    expect(lockedCourseFields(1)).toEqual([
      'trade',
      'level',
      'certificates',
      'providerId',
      'areaCode',
      'feeFen',
      'subsidyFen',
      'eligibility',
    ]);
  });
});
