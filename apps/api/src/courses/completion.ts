import {
  attendedSessions,
  beijingDate,
  completionBlock,
  issueDateBlock,
  lastSessionEnd,
  percentText,
  requiredSessions,
  type CompletionBlock,
  type IssueDateBlock,
} from '@yilu/shared';

type Sessions = readonly { date?: string | null; start?: string | null; end?: string | null }[];

/** A rule that refuses, by its slug and in Chinese. */
export interface Refusal {
  slug: CompletionBlock | IssueDateBlock;
  message: string;
}

/** What completing a class is judged on: the class's sessions, the worker's check-ins and whether staff overrode the share. */
export interface CompletionFacts {
  sessions: Sessions;
  checkIns: readonly { sessionIndex?: number | null }[];
  overridden: boolean;
}

/** "出勤 1/2 次课，未达到结业要求（出勤达到 80%，即至少 2 次）". */
export function attendanceShortfall(sessions: Sessions, checkIns: CompletionFacts['checkIns'], minShare: number): string {
  const total = sessions.length;
  return `出勤 ${attendedSessions(checkIns)}/${total} 次课，未达到结业要求（出勤达到 ${percentText(minShare)}，即至少 ${requiredSessions(total, minShare)} 次）`;
}

/**
 * Why the enrollment cannot complete its class now (the last session is not over, or attendance is below the share and
 * staff did not override it), worded for `outcome` ("不能结业", "不能发证"); undefined when it can.
 */
export function completionRefusal(facts: CompletionFacts, minShare: number, outcome: string, now = Date.now()): Refusal | undefined {
  const block = completionBlock(
    { sessions: facts.sessions, attended: attendedSessions(facts.checkIns), minShare, overridden: facts.overridden },
    now,
  );
  if (!block) return undefined;
  if (block === 'attendance-below-share')
    return { slug: block, message: `${attendanceShortfall(facts.sessions, facts.checkIns, minShare)}，${outcome}` };
  const last = lastSessionEnd(facts.sessions);
  return { slug: block, message: last ? `课程尚未结束（最后一次课 ${last.text} 结束），${outcome}` : `课程没有安排课次，${outcome}` };
}

/** Why an issue date is refused: after today in Beijing, or before the day of the class's last session. */
export function issueDateRefusal(issuedAt: string, sessions: Sessions, now = Date.now()): Refusal | undefined {
  const block = issueDateBlock(issuedAt, sessions, now);
  if (block === 'in-future') return { slug: block, message: `发证日期（${issuedAt}）不能晚于今天（${beijingDate(now)}）` };
  if (block === 'before-last-session')
    return { slug: block, message: `发证日期（${issuedAt}）不能早于最后一次课（${lastSessionEnd(sessions)!.date}）` };
  return undefined;
}
