import { trusted, type Types } from 'mongoose';
import type { SessionUser } from '@yilu/shared';
import type { MyEnrollment } from '@yilu/contract';
import type { Models } from '../db/connection.js';

/**
 * A signed-in worker's latest enrollment in each of the classes (by class id), from one query; empty for anyone
 * else. `active` while it holds the worker's place, so that enrolling again would answer it (withdrawn, rejected
 * and failed enrollments are over, and the worker may enroll anew).
 */
export async function myEnrollmentsIn(
  models: Models,
  user: SessionUser | undefined,
  courseIds: readonly (Types.ObjectId | string)[],
): Promise<Map<string, MyEnrollment>> {
  const mine = new Map<string, MyEnrollment>();
  if (user?.role !== 'worker' || !courseIds.length) return mine;
  const found = await models.Enrollment.find({ workerId: user.id, courseId: trusted({ $in: courseIds }) })
    .select({ courseId: 1, status: 1, activeKey: 1, createdAt: 1 })
    .sort({ createdAt: 1 })
    .lean();
  for (const e of found) mine.set(e.courseId.toString(), { id: e._id.toString(), status: e.status, active: Boolean(e.activeKey) });
  return mine;
}

/** A class answer with the worker's own enrollment in it, when there is one; a new object, never the snapshot's. */
export const withMyEnrollment = <T extends { id: string }>(
  view: T,
  mine: Map<string, MyEnrollment>,
): T & { myEnrollment?: MyEnrollment } => {
  const myEnrollment = mine.get(view.id);
  return myEnrollment ? { ...view, myEnrollment } : view;
};
