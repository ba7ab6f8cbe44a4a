import { trusted } from 'mongoose';
import type { Overview } from '@yilu/contract';
import { beijingDate, beijingDayStart, startingSoonAt, VERIFY_AFTER_DAYS, type SessionUser } from '@yilu/shared';
import { managedFilter, scopeName } from '../auth/scope.js';
import type { AppContext } from '../context.js';
import { notDeleted, notVerifiedFor } from '../points/points.service.js';
import { overdueWishCount } from '../wishes/wish-figures.js';

/** The counts on the admin's first page, each in the user's scope: a provider its classes, staff their area. */
export async function overview(ctx: AppContext, user: SessionUser): Promise<Overview> {
  const { Course, Enrollment, Point, PointReport } = ctx.models;
  const scope = managedFilter(user);

  const startsSoon = startingSoonAt();
  const open = await Course.find({ ...scope, status: 'open' })
    .select({ sessions: 1 })
    .lean();
  const classesStartingSoon = open.filter((c) => startsSoon(c.sessions)).length;

  const yearStart = beijingDayStart(`${beijingDate().slice(0, 4)}-01-01`);
  const [pendingEnrollments, certifiedThisYear] = await Promise.all([
    Enrollment.countDocuments({ ...scope, status: 'applied' }),
    Enrollment.countDocuments({ ...scope, status: 'certified', updatedAt: trusted({ $gte: yearStart }) }),
  ]);
  const name = scopeName(user);
  if (user.role === 'provider') return { scopeName: name, pendingEnrollments, classesStartingSoon, certifiedThisYear };

  const [openReports, pointsToVerify, overdueWishes] = await Promise.all([
    PointReport.countDocuments({ ...scope, status: 'open' }),
    Point.countDocuments({ ...scope, status: 'published', ...notDeleted(), ...notVerifiedFor(VERIFY_AFTER_DAYS) }),
    overdueWishCount(ctx, user),
  ]);
  return { scopeName: name, pendingEnrollments, classesStartingSoon, certifiedThisYear, openReports, pointsToVerify, overdueWishes };
}
