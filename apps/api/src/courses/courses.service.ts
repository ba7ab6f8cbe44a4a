import { isDeepStrictEqual } from 'node:util';
import { isValidObjectId, trusted, type Types } from 'mongoose';
import { convertCrs, courseFieldsLockedOnceEnrolled, localTime, STARTING_SOON_DAYS, type CreateCourseBody, type Crs, type ListCoursesQuery, type SessionUser, type UpdateCourseBody } from '@yilu/shared';
import { audit } from '../audit/audit.js';
import type { AppContext } from '../context.js';
import { forbidden, HttpProblem, notFound } from '../http/problem.js';
import { areaScopeFilter, inScope } from '../points/scope.js';
import { nearestSiteM, toCourseView, type CourseDoc } from './course-view.js';

/** Staff manage the classes of their area, providers their own, admins all. */
export function canManageCourse(user: SessionUser, course: { providerId: string; areaCode: string }): boolean {
  if (user.role === 'provider') return user.providerId === course.providerId;
  if (user.role === 'worker') return false;
  return inScope(user, course.areaCode);
}

export function createCoursesService(ctx: AppContext) {
  const { Course, Enrollment, SeatClaim } = ctx.models;
  const seatsTaken = (courseId: { toString(): string }) => SeatClaim.countDocuments({ courseId: courseId.toString() });

  /** Enrollments waiting for review in each of several classes, from one query. */
  async function pendingIn(courseIds: Types.ObjectId[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    const waiting = await Enrollment.find({ courseId: trusted({ $in: courseIds }), status: 'applied' }).select({ courseId: 1 }).lean();
    for (const e of waiting) counts.set(e.courseId.toString(), (counts.get(e.courseId.toString()) ?? 0) + 1);
    return counts;
  }

  /** Seats taken in each of several classes, from one query (FerretDB scans a collection for every query). */
  async function seatsTakenIn(courseIds: Types.ObjectId[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    const claims = await SeatClaim.find({ courseId: trusted({ $in: courseIds }) }).select({ courseId: 1 }).lean();
    for (const c of claims) counts.set(c.courseId.toString(), (counts.get(c.courseId.toString()) ?? 0) + 1);
    return counts;
  }

  function managedFilter(user?: SessionUser): Record<string, unknown> {
    if (!user || user.role === 'worker') throw forbidden();
    if (user.role === 'provider') return { providerId: user.providerId };
    return areaScopeFilter(user);
  }

  async function findManaged(id: string, user: SessionUser) {
    const course = isValidObjectId(id) ? await Course.findById(id) : null;
    if (!course || !canManageCourse(user, course)) throw notFound('课程不存在');
    return course;
  }

  /** A provider publishes for itself; staff for their area. */
  function assertInScope(user: SessionUser, providerId?: string, areaCode?: string) {
    if (user.role === 'provider' && providerId !== undefined && providerId !== user.providerId) {
      throw new HttpProblem(403, 'out-of-scope', '只能发布本机构的课程', [{ field: 'body.providerId', message: '须为本机构编号' }]);
    }
    if (user.role !== 'provider' && areaCode !== undefined && !inScope(user, areaCode)) {
      throw new HttpProblem(403, 'out-of-scope', '该区域不在您的管辖范围内', [{ field: 'body.areaCode', message: '不在您的管辖范围内' }]);
    }
  }

  /** Check-ins point at sessions by position, so a session someone checked in to keeps its place and times. */
  async function assertAttendedSessionsKept(courseId: Types.ObjectId, before: { date: string; start: string; end: string }[], after: { date: string; start: string; end: string }[]) {
    const attended = new Set<number>();
    for (const e of await Enrollment.find({ courseId }, { checkIns: 1 }).lean()) for (const c of e.checkIns) attended.add(c.sessionIndex ?? -1);
    for (const i of [...attended].sort((a, b) => a - b)) {
      const was = before[i];
      const now = after[i];
      if (was && (!now || now.date !== was.date || now.start !== was.start || now.end !== was.end)) {
        throw new HttpProblem(409, 'session-attended', `第 ${i + 1} 次课（${was.date} ${was.start}）已有签到，不能修改或删除`, [{ field: `body.sessions.${i}`, message: '已有签到' }]);
      }
    }
  }

  const toWgs = <T extends { location: { lng: number; lat: number } }>(sites: T[], crs: Crs) =>
    sites.map((s) => ({ ...s, location: convertCrs(s.location, crs, 'wgs84') }));

  return {
    findManaged,

    async create(body: CreateCourseBody, user: SessionUser) {
      assertInScope(user, body.providerId, body.areaCode);
      const { crs, ...fields } = body;
      const course = await Course.create({ ...fields, sites: toWgs(fields.sites, crs), createdBy: user.id });
      ctx.openClasses.changed();
      await audit(ctx.models, user, { action: 'create', entity: 'course', entityId: course._id.toString(), after: course.toObject() });
      return toCourseView(course.toObject() as unknown as CourseDoc, 0, crs);
    },

    async update(id: string, body: UpdateCourseBody, user: SessionUser) {
      const course = await findManaged(id, user);
      const taken = await seatsTaken(course._id);
      const current = toCourseView(course.toObject() as unknown as CourseDoc, taken, 'wgs84');
      const stored: Record<string, unknown> = { ...current, providerId: current.provider.id };
      if (taken > 0) {
        const changed = courseFieldsLockedOnceEnrolled.filter((k) => body[k] !== undefined && !isDeepStrictEqual(body[k], stored[k]));
        if (changed.length) {
          throw new HttpProblem(409, 'locked-once-enrolled', `已有 ${taken} 人报名，工种、等级、证书、机构、区域、费用和补贴对象不能再修改`, changed.map((k) => ({ field: `body.${k}`, message: '已有人报名，不能修改' })));
        }
        if (body.status === 'draft') throw new HttpProblem(409, 'has-enrollments', `已有 ${taken} 人报名，不能改回草稿`, [{ field: 'body.status', message: '已有人报名' }]);
      }
      if (body.capacity !== undefined && body.capacity < taken) {
        throw new HttpProblem(409, 'capacity-below-enrolled', `已有 ${taken} 人报名，名额不能少于 ${taken}`, [{ field: 'body.capacity', message: `不能少于 ${taken}` }]);
      }
      if ((body.subsidyFen ?? current.subsidyFen) > (body.feeFen ?? current.feeFen)) {
        throw new HttpProblem(400, 'validation-error', '补贴不能高于学费', [{ field: 'body.subsidyFen', message: '补贴不能高于学费' }]);
      }
      assertInScope(user, body.providerId, body.areaCode);
      if (body.sessions) await assertAttendedSessionsKept(course._id, current.sessions, body.sessions);

      const before = course.toObject();
      const { crs, sites, ...fields } = body;
      for (const [key, value] of Object.entries(fields)) if (value !== undefined) course.set(key, value);
      if (sites) course.set('sites', toWgs(sites, crs));
      await course.save();
      ctx.openClasses.changed();
      await audit(ctx.models, user, { action: 'update', entity: 'course', entityId: id, before, after: course.toObject() });
      return toCourseView(course.toObject() as unknown as CourseDoc, taken, crs);
    },

    /** Deletes a class nobody ever enrolled in (a mistake, a draft); one with enrollments is cancelled instead. */
    async remove(id: string, user: SessionUser) {
      const course = await findManaged(id, user);
      if (await Enrollment.exists({ courseId: course._id })) {
        throw new HttpProblem(409, 'has-enrollments', '该课程已有报名记录，不能删除；如不再开班，请改为“已取消”');
      }
      await SeatClaim.deleteMany({ courseId: course._id });
      await course.deleteOne();
      ctx.openClasses.changed();
      await audit(ctx.models, user, { action: 'delete', entity: 'course', entityId: id, before: course.toObject() });
    },

    /**
     * Public: open and running classes, filtered; nearest first when `near` is given. With `managed`, the classes
     * the signed-in staff member or provider manages, in any status.
     */
    async list(q: ListCoursesQuery & { near?: { lng: number; lat: number }; crs: Crs; managed?: boolean }, user?: SessionUser) {
      // What workers browse comes from the per-instance snapshot; staff lists and other statuses read the database.
      const browsing = !q.managed && !q.status;
      if (!q.managed && q.status === 'draft') {
        throw new HttpProblem(403, 'forbidden', '草稿课程只有发布者可以查看', [{ field: 'query.status', message: '请加 managed=true 并登录' }]);
      }
      const open = browsing ? await ctx.openClasses.get() : undefined;
      let docs: CourseDoc[];
      if (open) {
        docs = q.trade ? open.docs.filter((c) => c.trade?.name === q.trade) : open.docs;
      } else {
        const filter: Record<string, unknown> = q.managed ? managedFilter(user) : { status: q.status };
        if (q.managed && q.status) filter.status = q.status;
        if (q.trade) filter['trade.name'] = q.trade;
        docs = (await Course.find(filter).lean()) as unknown as CourseDoc[];
      }
      const near = q.near ? convertCrs(q.near, q.crs, 'wgs84') : undefined;
      const today = localTime(new Date(), 'Asia/Shanghai').date;
      const soon = new Date(Date.now() + STARTING_SOON_DAYS * 86_400_000).toISOString().slice(0, 10);
      const matching = docs.filter((c) => {
        if (q.dualCertificate && c.certificates.length < 2) return false;
        if (q.startingSoon) {
          const first = c.sessions.map((s) => s.date ?? '').sort()[0] ?? '';
          if (first < today || first > soon) return false;
        }
        return !(q.free && (c.feeFen ?? 0) > (c.subsidyFen ?? 0));
      });
      const distance = new Map(matching.map((c) => [c, near ? nearestSiteM(c, near) : 0]));
      matching.sort((a, b) => distance.get(a)! - distance.get(b)! || a.enrollDeadline.getTime() - b.enrollDeadline.getTime());
      const start = (q.page - 1) * q.pageSize;
      const page = matching.slice(start, start + q.pageSize);
      const ids = page.map((c) => c._id as Types.ObjectId);
      const [seats, pending] = await Promise.all([open?.seats ?? seatsTakenIn(ids), q.managed ? pendingIn(ids) : undefined]);
      const items = page.map((c) => {
        const view = toCourseView(c, seats.get(c._id.toString()) ?? 0, q.crs, near);
        return pending ? { ...view, pendingEnrollments: pending.get(c._id.toString()) ?? 0 } : view;
      });
      return { items, total: matching.length, page: q.page, pageSize: q.pageSize };
    },

    /** The trades of the classes a worker can see, most classes first: the course list's trade filter. */
    async trades() {
      const counts = new Map<string, number>();
      for (const c of (await ctx.openClasses.get()).docs) {
        const name = c.trade?.name;
        if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
    },

    async get(id: string, crs: Crs, user?: SessionUser) {
      const course = isValidObjectId(id) ? ((await Course.findById(id).lean()) as unknown as CourseDoc | null) : null;
      const visible = course && (course.status !== 'draft' || (user && canManageCourse(user, course as never)));
      if (!course || !visible) throw notFound('课程不存在');
      return toCourseView(course, await seatsTaken(course._id), crs);
    },

    assertCanPublish(user: SessionUser) {
      if (user.role === 'worker') throw forbidden();
    },
  };
}
