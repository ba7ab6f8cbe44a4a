import { describe, expect, it } from 'vitest';
import { attendanceOf } from '../attendance';

describe('attendance against the class’s share', () => {
  it('says how many sessions 80 % asks and whether they are met', () => {
    expect(attendanceOf({ attendedSessions: 1, sessionCount: 2 }, 0.8)).toEqual({
      attended: 1,
      total: 2,
      required: 2,
      percent: '80%',
      meets: false,
    });
    expect(attendanceOf({ attendedSessions: 12, sessionCount: 15 }, 0.8)).toMatchObject({ required: 12, meets: true });
  });
});
