import { describe, expect, it } from 'vitest';
import {
  attendedSessions,
  classEnded,
  completionBlock,
  DEFAULT_MIN_ATTENDANCE_SHARE,
  issueDateBlock,
  meetsAttendance,
  percentText,
  requiredSessions,
} from '../completion-rules.js';

const sessions = [
  { date: '2026-12-01', start: '09:00', end: '12:00' },
  { date: '2026-12-02', start: '14:00', end: '18:00' },
];
const at = (text: string) => new Date(`${text}:00+08:00`);

describe('attendance', () => {
  it('asks for 80 % of the sessions, rounded up', () => {
    expect(DEFAULT_MIN_ATTENDANCE_SHARE).toBe(0.8);
    expect(requiredSessions(2, 0.8)).toBe(2);
    expect(requiredSessions(15, 0.8)).toBe(12);
    expect(requiredSessions(10, 0.7)).toBe(7);
    expect(requiredSessions(5, 0)).toBe(0);
    expect(requiredSessions(3, 1)).toBe(3);
    expect(meetsAttendance(1, 2, 0.8)).toBe(false);
    expect(meetsAttendance(12, 15, 0.8)).toBe(true);
    expect(percentText(0.8)).toBe('80%');
    expect(percentText(0.755)).toBe('75.5%');
  });

  it('counts sessions, not check-ins', () => {
    expect(attendedSessions([{ sessionIndex: 0 }, { sessionIndex: 0 }, { sessionIndex: 3 }, { sessionIndex: null }])).toBe(2);
  });
});

describe('completion', () => {
  it('waits for the end of the last session, Beijing time', () => {
    expect(classEnded(sessions, at('2026-12-02 18:00'))).toBe(false);
    expect(classEnded(sessions, at('2026-12-02 18:01'))).toBe(true);
    expect(classEnded([], at('2030-01-01 00:00'))).toBe(false);
    // 10:30 UTC on 2 December is 18:30 in Beijing.
    expect(classEnded(sessions, new Date('2026-12-02T10:30:00Z'))).toBe(true);
  });

  it('refuses a class under way, then attendance below the share unless overridden', () => {
    const after = at('2026-12-03 09:00');
    expect(completionBlock({ sessions, attended: 2, minShare: 0.8 }, at('2026-12-02 12:00'))).toBe('class-not-ended');
    expect(completionBlock({ sessions, attended: 1, minShare: 0.8 }, after)).toBe('attendance-below-share');
    expect(completionBlock({ sessions, attended: 1, minShare: 0.8, overridden: true }, after)).toBeNull();
    expect(completionBlock({ sessions, attended: 2, minShare: 0.8 }, after)).toBeNull();
    expect(completionBlock({ sessions, attended: 1, minShare: 0.5 }, after)).toBeNull();
  });
});

describe('issue dates', () => {
  it('from the last session’s day to today in Beijing', () => {
    // 20:00 UTC on 3 December is already 4 December in Beijing.
    const now = new Date('2026-12-03T20:00:00Z');
    expect(issueDateBlock('2026-12-02', sessions, now)).toBeNull();
    expect(issueDateBlock('2026-12-04', sessions, now)).toBeNull();
    expect(issueDateBlock('2026-12-05', sessions, now)).toBe('in-future');
    expect(issueDateBlock('2026-12-01', sessions, now)).toBe('before-last-session');
  });
});
