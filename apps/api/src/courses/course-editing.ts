import { isDeepStrictEqual } from 'node:util';
import type { Types } from 'mongoose';
import type { CourseView } from '@yilu/contract';
import { lockedCourseFields, type SessionUser, type UpdateCourseBody } from '@yilu/shared';
import { inScope } from '../auth/scope.js';
import type { Models } from '../db/connection.js';
import { HttpProblem } from '../http/problem.js';

type SessionTimes = { date: string; start: string; end: string };

/** A provider publishes for itself; staff for their area. */
export function assertPublishScope(user: SessionUser, providerId?: string, areaCode?: string) {
  if (user.role === 'provider' && providerId !== undefined && providerId !== user.providerId) {
    throw new HttpProblem(403, 'out-of-scope', '只能发布本机构的课程', [{ field: 'body.providerId', message: '须为本机构编号' }]);
  }
  if (user.role !== 'provider' && areaCode !== undefined && !inScope(user, areaCode)) {
    throw new HttpProblem(403, 'out-of-scope', '该区域不在您的管辖范围内', [{ field: 'body.areaCode', message: '不在您的管辖范围内' }]);
  }
}

/**
 * Refuses what an edit may not do to a class `taken` people hold seats in: change what they enrolled for, go
 * back to draft, or leave fewer seats than are taken; and, always, a subsidy above the fee.
 */
export function assertEditAllowed(body: UpdateCourseBody, current: CourseView, taken: number) {
  const stored: Record<string, unknown> = { ...current, providerId: current.provider.id };
  const changed = lockedCourseFields(taken).filter((k) => body[k] !== undefined && !isDeepStrictEqual(body[k], stored[k]));
  if (changed.length) {
    throw new HttpProblem(
      409,
      'locked-once-enrolled',
      `已有 ${taken} 人报名，工种、等级、证书、机构、区域、费用和补贴对象不能再修改`,
      changed.map((k) => ({ field: `body.${k}`, message: '已有人报名，不能修改' })),
    );
  }
  if (taken > 0 && body.status === 'draft')
    throw new HttpProblem(409, 'has-enrollments', `已有 ${taken} 人报名，不能改回草稿`, [{ field: 'body.status', message: '已有人报名' }]);
  if (body.capacity !== undefined && body.capacity < taken) {
    throw new HttpProblem(409, 'capacity-below-enrolled', `已有 ${taken} 人报名，名额不能少于 ${taken}`, [
      { field: 'body.capacity', message: `不能少于 ${taken}` },
    ]);
  }
  if ((body.subsidyFen ?? current.subsidyFen) > (body.feeFen ?? current.feeFen)) {
    throw new HttpProblem(400, 'validation-error', '补贴不能高于学费', [{ field: 'body.subsidyFen', message: '补贴不能高于学费' }]);
  }
}

/** Check-ins point at sessions by position, so a session someone checked in to keeps its place and times. */
export async function assertAttendedSessionsKept(models: Models, courseId: Types.ObjectId, before: SessionTimes[], after: SessionTimes[]) {
  const attended = new Set<number>();
  for (const e of await models.Enrollment.find({ courseId }, { checkIns: 1 }).lean())
    for (const c of e.checkIns) attended.add(c.sessionIndex ?? -1);
  for (const i of [...attended].sort((a, b) => a - b)) {
    const was = before[i];
    const now = after[i];
    if (was && (!now || now.date !== was.date || now.start !== was.start || now.end !== was.end)) {
      throw new HttpProblem(409, 'session-attended', `第 ${i + 1} 次课（${was.date} ${was.start}）已有签到，不能修改或删除`, [
        { field: `body.sessions.${i}`, message: '已有签到' },
      ]);
    }
  }
}
