import { addDays, beijingDate, beijingDateTime, localTime, BEIJING_TIMEZONE, parseHhmm } from './time.js';

/** "Starting soon" means the first session is within this many days. */
export const STARTING_SOON_DAYS = 14;

/** Check-in opens this many minutes before a session starts. */
const EARLY_CHECK_IN_MIN = 30;

/** A session as stored (fields may be missing on old documents) or as the API answers it. */
type SessionTimes = { date?: string | null; start?: string | null; end?: string | null };

/** The day a class starts: its earliest session's date, '' when it has none. */
export const firstSessionDate = (sessions: readonly { date?: string | null }[]) => sessions.map((s) => s.date ?? '').sort()[0] ?? '';

/**
 * The "starting soon" test as of `now`: a class's first session falls on a Beijing day from today to
 * STARTING_SOON_DAYS days on. Made once per list, so every class is judged by the same two dates.
 */
export function startingSoonAt(now: Date | number = Date.now()): (sessions: readonly { date?: string | null }[]) => boolean {
  const today = beijingDate(now);
  const last = addDays(today, STARTING_SOON_DAYS);
  return (sessions) => {
    const first = firstSessionDate(sessions);
    return first >= today && first <= last;
  };
}

/** The session whose check-in window holds `at` (from EARLY_CHECK_IN_MIN before its start to its end, Beijing time), or -1. */
export function sessionIndexAt(sessions: readonly SessionTimes[], at: Date): number {
  const local = localTime(at, BEIJING_TIMEZONE);
  return sessions.findIndex(
    (s) => s.date === local.date && local.minute >= parseHhmm(s.start!) - EARLY_CHECK_IN_MIN && local.minute <= parseHhmm(s.end!),
  );
}

/** The session under way or next to come at `now`: the earliest-starting of those not yet over. */
export function nextSession<T extends SessionTimes>(sessions: readonly T[], now: Date | number = Date.now()): T | undefined {
  const nowText = beijingDateTime(now);
  return sessions
    .filter((s) => `${s.date} ${s.end}` >= nowText)
    .sort((a, b) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`))[0];
}

/** Why a class cannot be joined: not yet published, under way, over, cancelled, past its deadline, or full. */
export type EnrollBlock = 'draft' | 'running' | 'finished' | 'cancelled' | 'deadline-passed' | 'full';

/**
 * Why a class cannot be joined at `now`, or null when it can. Seats count only when `seatsLeft` is given: the
 * API does not count them, it claims one.
 */
export function enrollBlock(
  course: { status: string; enrollDeadline: string | Date; seatsLeft?: number },
  now: Date | number = Date.now(),
): EnrollBlock | null {
  if (course.status === 'running' || course.status === 'finished' || course.status === 'cancelled' || course.status === 'draft')
    return course.status;
  if (new Date(course.enrollDeadline).getTime() < Number(now)) return 'deadline-passed';
  if (course.seatsLeft !== undefined && course.seatsLeft <= 0) return 'full';
  return null;
}

/** What cannot change once anyone has enrolled: what the worker signed up for and who runs it where. */
export const courseFieldsLockedOnceEnrolled = [
  'trade',
  'level',
  'certificates',
  'providerId',
  'areaCode',
  'feeFen',
  'subsidyFen',
  'eligibility',
] as const;

export type LockedCourseField = (typeof courseFieldsLockedOnceEnrolled)[number];

/** The fields of a class that `enrolled` people holding seats lock: none before the first enrollment. */
export const lockedCourseFields = (enrolled: number): readonly LockedCourseField[] => (enrolled > 0 ? courseFieldsLockedOnceEnrolled : []);
