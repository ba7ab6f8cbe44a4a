import { isValidObjectId } from 'mongoose';
import type { SessionUser } from '@yilu/shared';
import { canManage } from '../auth/scope.js';
import type { Models } from '../db/connection.js';
import { notFound } from '../http/problem.js';

export type EnrollmentDoc = InstanceType<Models['Enrollment']>;

export { refused } from '../http/problem.js';

/** The worker's own enrollment; anyone else's looks missing. */
export async function findOwnEnrollment(models: Models, id: string, user: SessionUser): Promise<EnrollmentDoc> {
  const e = isValidObjectId(id) ? await models.Enrollment.findById(id) : null;
  if (!e || e.workerId.toString() !== user.id) throw notFound('报名记录不存在');
  return e;
}

/** An enrollment in a class the user manages; any other looks missing. */
export async function findManagedEnrollment(models: Models, id: string, user: SessionUser): Promise<EnrollmentDoc> {
  const e = isValidObjectId(id) ? await models.Enrollment.findById(id) : null;
  if (!e || !canManage(user, e)) throw notFound('报名记录不存在');
  return e;
}
