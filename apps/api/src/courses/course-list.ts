import { trusted, type Types } from 'mongoose';
import { convertCrs, startingSoonAt, type Crs, type ListCoursesQuery, type SessionUser } from '@yilu/shared';
import { managedFilter } from '../auth/scope.js';
import type { AppContext } from '../context.js';
import type { Models } from '../db/connection.js';
import { recordSearchMiss } from '../demand/search-misses.js';
import { HttpProblem } from '../http/problem.js';
import { nearestSiteM, toCourseView, type CourseDoc } from './course-view.js';
import { myEnrollmentsIn, withMyEnrollment } from './my-enrollment.js';
import { seatsTakenIn } from './seats.js';

export type ListQuery = ListCoursesQuery & { near?: { lng: number; lat: number }; crs: Crs; managed?: boolean };

/** Enrollments waiting for review in each of several classes, from one query. */
async function pendingIn(models: Models, courseIds: Types.ObjectId[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const waiting = await models.Enrollment.find({ courseId: trusted({ $in: courseIds }), status: 'applied' })
    .select({ courseId: 1 })
    .lean();
  for (const e of waiting) counts.set(e.courseId.toString(), (counts.get(e.courseId.toString()) ?? 0) + 1);
  return counts;
}

/** The classes a query chooses from, with their seats when they come from the snapshot. */
async function candidates(ctx: AppContext, q: ListQuery, user?: SessionUser): Promise<{ docs: CourseDoc[]; seats?: Map<string, number> }> {
  if (!q.managed && q.status === 'draft') {
    throw new HttpProblem(403, 'forbidden', '草稿课程只有发布者可以查看', [{ field: 'query.status', message: '请加 managed=true 并登录' }]);
  }
  // What workers browse comes from the per-instance snapshot; staff lists and other statuses read the database.
  if (!q.managed && !q.status) {
    const open = await ctx.openClasses.get();
    return { docs: q.trade ? open.docs.filter((c) => c.trade?.name === q.trade) : open.docs, seats: open.seats };
  }
  const filter: Record<string, unknown> = q.managed ? managedFilter(user) : { status: q.status };
  if (q.managed && q.status) filter.status = q.status;
  if (q.trade) filter['trade.name'] = q.trade;
  return { docs: (await ctx.models.Course.find(filter).lean()) as unknown as CourseDoc[] };
}

/** The filters of the query that are not database filters: two certificates, starting soon, free. */
function matching(q: ListQuery): (c: CourseDoc) => boolean {
  const startsSoon = startingSoonAt();
  return (c) => {
    if (q.dualCertificate && c.certificates.length < 2) return false;
    if (q.startingSoon && !startsSoon(c.sessions)) return false;
    return !(q.free && (c.feeFen ?? 0) > (c.subsidyFen ?? 0));
  };
}

/**
 * Public: open and running classes, filtered; nearest first when `near` is given. With `managed`, the classes
 * the signed-in staff member or provider manages, in any status, with how many enrollments wait in each. A signed-in
 * worker sees their own enrollment in each class they joined.
 */
export async function listCourses(ctx: AppContext, q: ListQuery, user?: SessionUser) {
  const { docs, seats: snapshotSeats } = await candidates(ctx, q, user);
  const near = q.near ? convertCrs(q.near, q.crs, 'wgs84') : undefined;
  const found = docs.filter(matching(q));
  if (q.trade && !found.length && !q.managed && !q.status) await recordSearchMiss(ctx, { trade: q.trade, near }, user);
  const distance = new Map(found.map((c) => [c, near ? nearestSiteM(c, near) : 0]));
  found.sort((a, b) => distance.get(a)! - distance.get(b)! || a.enrollDeadline.getTime() - b.enrollDeadline.getTime());
  const start = (q.page - 1) * q.pageSize;
  const page = found.slice(start, start + q.pageSize);
  const ids = page.map((c) => c._id as Types.ObjectId);
  const [seats, pending] = await Promise.all([
    snapshotSeats ?? seatsTakenIn(ctx.models, ids),
    q.managed ? pendingIn(ctx.models, ids) : undefined,
  ]);
  const mine = await myEnrollmentsIn(ctx.models, user, ids);
  const items = page.map((c) => {
    const seatsTaken = seats.get(c._id.toString()) ?? 0;
    const view = toCourseView(c, { seatsTaken, crs: q.crs, near, minAttendanceShare: ctx.config.minAttendanceShare });
    return pending ? { ...view, pendingEnrollments: pending.get(c._id.toString()) ?? 0 } : view;
  });
  return { items: items.map((view) => withMyEnrollment(view, mine)), total: found.length, page: q.page, pageSize: q.pageSize };
}

/** The trades of the classes a worker can see, most classes first: the course list's trade filter. */
export async function openTrades(ctx: AppContext) {
  const counts = new Map<string, number>();
  for (const c of (await ctx.openClasses.get()).docs) {
    const name = c.trade?.name;
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
}
