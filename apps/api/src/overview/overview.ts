import { trusted } from 'mongoose';
import { localTime, STARTING_SOON_DAYS, VERIFY_AFTER_DAYS, type Overview, type SessionUser } from '@yilu/shared';
import { areaName } from '../areas/area-name.js';
import type { AppContext } from '../context.js';
import { forbidden } from '../http/problem.js';
import { notDeleted, notVerifiedFor } from '../points/points.service.js';
import { areaScopeFilter } from '../points/scope.js';

/** The counts on the admin's first page, each in the user's scope: a provider its classes, staff their area. */
export async function overview(ctx: AppContext, user: SessionUser): Promise<Overview> {
  if (user.role === 'worker') throw forbidden();
  const { Course, Enrollment, Point, PointReport } = ctx.models;
  const scope = user.role === 'provider' ? { providerId: user.providerId } : areaScopeFilter(user);

  const today = localTime(new Date(), 'Asia/Shanghai').date;
  const soon = localTime(new Date(Date.now() + STARTING_SOON_DAYS * 86_400_000), 'Asia/Shanghai').date;
  const open = await Course.find({ ...scope, status: 'open' }).select({ sessions: 1 }).lean();
  const classesStartingSoon = open.filter((c) => {
    const first = c.sessions.map((s) => s.date ?? '').sort()[0] ?? '';
    return first >= today && first <= soon;
  }).length;

  const yearStart = new Date(`${today.slice(0, 4)}-01-01T00:00:00+08:00`);
  const [pendingEnrollments, certifiedThisYear] = await Promise.all([
    Enrollment.countDocuments({ ...scope, status: 'applied' }),
    Enrollment.countDocuments({ ...scope, status: 'certified', updatedAt: trusted({ $gte: yearStart }) }),
  ]);
  const scopeName = user.role === 'provider' ? (user.providerId ?? '') : user.areaCode ? areaName(user.areaCode) : '全部区域';
  if (user.role === 'provider') return { scopeName, pendingEnrollments, classesStartingSoon, certifiedThisYear };

  const [openReports, pointsToVerify] = await Promise.all([
    PointReport.countDocuments({ ...scope, status: 'open' }),
    Point.countDocuments({ ...scope, status: 'published', ...notDeleted(), ...notVerifiedFor(VERIFY_AFTER_DAYS) }),
  ]);
  return { scopeName, pendingEnrollments, classesStartingSoon, certifiedThisYear, openReports, pointsToVerify };
}
