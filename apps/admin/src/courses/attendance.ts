import type { Enrollment } from '@yilu/contract';
import { meetsAttendance, percentText, requiredSessions } from '@yilu/shared';

/** Where a worker stands against the class's attendance share: attended and total sessions, how many it asks, whether met. */
export function attendanceOf(e: Pick<Enrollment, 'attendedSessions' | 'sessionCount'>, minShare: number) {
  return {
    attended: e.attendedSessions,
    total: e.sessionCount,
    required: requiredSessions(e.sessionCount, minShare),
    percent: percentText(minShare),
    meets: meetsAttendance(e.attendedSessions, e.sessionCount, minShare),
  };
}

export type Attendance = ReturnType<typeof attendanceOf>;
