import { beijingDate, beijingDateTime } from './time.js';

/** Share of a class's sessions a worker must attend to complete it, unless staff say otherwise (YILU_MIN_ATTENDANCE_SHARE). */
export const DEFAULT_MIN_ATTENDANCE_SHARE = 0.8;

/** 0.8 → "80%". */
export const percentText = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** Sessions of `total` a worker must attend to reach `share`: 2 of 2 at 80 %, 12 of 15. */
export function requiredSessions(total: number, share: number): number {
  // Rounding noise (0.7 * 10 = 7.000000000000001) must not ask for one session more.
  return Math.min(total, Math.max(0, Math.ceil(total * share - 1e-9)));
}

/** Sessions attended: distinct sessions with a check-in (several check-ins in one session count once). */
export const attendedSessions = (checkIns: readonly { sessionIndex?: number | null }[]) =>
  new Set(checkIns.map((c) => c.sessionIndex).filter((i): i is number => typeof i === 'number' && i >= 0)).size;

export const meetsAttendance = (attended: number, total: number, share: number) => attended >= requiredSessions(total, share);

type SessionTimes = { date?: string | null; start?: string | null; end?: string | null };

/** When a class's last session ends, as "YYYY-MM-DD HH:MM" Beijing time; undefined for a class without sessions. */
export function lastSessionEnd(sessions: readonly SessionTimes[]): { date: string; end: string; text: string } | undefined {
  const last = sessions
    .filter((s) => s.date && s.end)
    .map((s) => ({ date: s.date!, end: s.end!, text: `${s.date} ${s.end}` }))
    .sort((a, b) => a.text.localeCompare(b.text))
    .pop();
  return last;
}

/** Whether a class's last session is over at `now` (a session ending at 18:00 is over from 18:01). */
export function classEnded(sessions: readonly SessionTimes[], now: Date | number = Date.now()): boolean {
  const last = lastSessionEnd(sessions);
  return !!last && beijingDateTime(now) > last.text;
}

/** Why an enrollment cannot complete its class now, or null when it can. */
export type CompletionBlock = 'class-not-ended' | 'attendance-below-share';

export function completionBlock(
  input: { sessions: readonly SessionTimes[]; attended: number; minShare: number; overridden?: boolean },
  now: Date | number = Date.now(),
): CompletionBlock | null {
  if (!classEnded(input.sessions, now)) return 'class-not-ended';
  if (!input.overridden && !meetsAttendance(input.attended, input.sessions.length, input.minShare)) return 'attendance-below-share';
  return null;
}

/** Why a certificate's issue date is refused: after today (Beijing), or before the class's last session. */
export type IssueDateBlock = 'in-future' | 'before-last-session';

export function issueDateBlock(
  issuedAt: string,
  sessions: readonly SessionTimes[],
  now: Date | number = Date.now(),
): IssueDateBlock | null {
  if (issuedAt > beijingDate(now)) return 'in-future';
  const last = lastSessionEnd(sessions);
  if (last && issuedAt < last.date) return 'before-last-session';
  return null;
}
