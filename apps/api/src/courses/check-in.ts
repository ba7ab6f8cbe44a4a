import { Types } from 'mongoose';
import { convertCrs, DAY_MS, sessionIndexAt, type SessionUser } from '@yilu/shared';
import { audit } from '../audit/audit.js';
import type { AppContext } from '../context.js';
import { conflict } from '../http/problem.js';
import { nearestSiteM } from './course-view.js';
import { findManagedEnrollment, findOwnEnrollment, refused, type EnrollmentDoc } from './enrollment-access.js';
import { isDuplicateKey } from '../db/duplicate-key.js';

/** A check-in queued on a phone without signal counts if sent within this long. */
const OFFLINE_WINDOW_MS = 7 * DAY_MS;

/** A phone's clock may run this far ahead. */
const CLOCK_SKEW_MS = 60_000;

export interface CheckInBody {
  location: { lng: number; lat: number };
  crs: 'wgs84' | 'gcj02';
  at?: string;
  clientId: string;
}

/**
 * A worker checks in during a session (its window, Beijing time) within the geofence of a site; a check-in queued
 * offline comes with its original time. A retry with the same client id is counted once.
 */
export async function checkIn(ctx: AppContext, id: string, body: CheckInBody, user: SessionUser): Promise<EnrollmentDoc> {
  const e = await findOwnEnrollment(ctx.models, id, user);
  if (e.checkIns.some((c) => c.clientId === body.clientId)) return e;
  if (!['approved', 'attending'].includes(e.status)) throw conflict('报名审核通过后才能签到');
  const course = (await ctx.models.Course.findById(e.courseId).lean())!;
  const at = body.at ? new Date(body.at) : new Date();
  if (body.at && (at.getTime() > Date.now() + CLOCK_SKEW_MS || at.getTime() < Date.now() - OFFLINE_WINDOW_MS)) {
    throw refused(422, 'check-in-time', '离线签到的时间无效（须在 7 天内）', 'body.at');
  }
  const sessionIndex = sessionIndexAt(course.sessions, at);
  if (sessionIndex < 0) throw refused(422, 'not-in-session', '现在不在上课时间内，不能签到', body.at ? 'body.at' : undefined);
  const distanceM = nearestSiteM(course, convertCrs(body.location, body.crs, 'wgs84'));
  if (distanceM > ctx.config.checkInRadiusM) {
    throw refused(422, 'too-far', `您距离上课地点约 ${distanceM} 米，需在 ${ctx.config.checkInRadiusM} 米内签到`, 'body.location');
  }
  if (!(await claimCheckIn(ctx, e, body.clientId))) return findOwnEnrollment(ctx.models, id, user);
  e.checkIns.push({ clientId: body.clientId, at, sessionIndex, distanceM, source: body.at ? 'offline' : 'live' });
  e.status = 'attending';
  await e.save();
  return e;
}

/** Claims a phone's check-in id; false when another request with the same id got there first. */
async function claimCheckIn(ctx: AppContext, e: EnrollmentDoc, clientId: string): Promise<boolean> {
  try {
    await ctx.models.CheckInClaim.create({ enrollmentId: e._id, clientId, claimedAt: new Date() });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/** Staff record a check-in the worker could not make (a flat phone), with the reason; audited. */
export async function correctCheckIn(
  ctx: AppContext,
  id: string,
  body: { at: string; reason: string },
  user: SessionUser,
): Promise<EnrollmentDoc> {
  const e = await findManagedEnrollment(ctx.models, id, user);
  const course = (await ctx.models.Course.findById(e.courseId).lean())!;
  const at = new Date(body.at);
  const sessionIndex = sessionIndexAt(course.sessions, at);
  if (sessionIndex < 0) throw refused(422, 'not-in-session', '该时间不在任何一次课的时间内', 'body.at');
  const before = e.checkIns.length;
  e.checkIns.push({ at, sessionIndex, source: 'staff', reason: body.reason, by: new Types.ObjectId(user.id) });
  if (e.status === 'approved') e.status = 'attending';
  await e.save();
  await audit(ctx.models, user, {
    action: 'correct_check_in',
    entity: 'enrollment',
    entityId: id,
    before: { checkIns: before },
    after: { at: body.at, reason: body.reason },
  });
  return e;
}
