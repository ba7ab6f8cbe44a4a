import { isValidObjectId } from 'mongoose';
import { convertCrs, type CreateCourseBody, type Crs, type SessionUser, type UpdateCourseBody } from '@yilu/shared';
import { audit } from '../audit/audit.js';
import { canManage } from '../auth/scope.js';
import type { AppContext } from '../context.js';
import { orderJobsOf } from '../jobs/order-class.js';
import { HttpProblem, notFound } from '../http/problem.js';
import { notifyClassOpened, notifyCourseChanged } from '../notifications/events.js';
import { assertAttendedSessionsKept, assertEditAllowed, assertPublishScope } from './course-editing.js';
import { listCourses, openTrades, type ListQuery } from './course-list.js';
import { toCourseView, type CourseDoc } from './course-view.js';
import { myEnrollmentsIn, withMyEnrollment } from './my-enrollment.js';
import { createSeats } from './seats.js';

const toWgs = <T extends { location: { lng: number; lat: number } }>(sites: T[], crs: Crs) =>
  sites.map((s) => ({ ...s, location: convertCrs(s.location, crs, 'wgs84') }));

export function createCoursesService(ctx: AppContext) {
  const { Course, Enrollment } = ctx.models;
  const seats = createSeats(ctx);
  const { minAttendanceShare } = ctx.config;

  /** A class the user manages; any other looks missing. */
  async function findManaged(id: string, user: SessionUser) {
    const course = isValidObjectId(id) ? await Course.findById(id) : null;
    if (!course || !canManage(user, course)) throw notFound('课程不存在');
    return course;
  }

  async function create(body: CreateCourseBody, user: SessionUser) {
    assertPublishScope(user, body.providerId, body.areaCode);
    const { crs, ...fields } = body;
    const course = await Course.create({ ...fields, sites: toWgs(fields.sites, crs), createdBy: user.id });
    ctx.openClasses.changed();
    await notifyClassOpened(ctx, course);
    await audit(ctx.models, user, { action: 'create', entity: 'course', entityId: course._id.toString(), after: course.toObject() });
    return toCourseView(course.toObject() as unknown as CourseDoc, { seatsTaken: 0, crs, minAttendanceShare });
  }

  /** Edits a class; once anyone has enrolled, what they enrolled for stays as it was. */
  async function update(id: string, body: UpdateCourseBody, user: SessionUser) {
    const course = await findManaged(id, user);
    const taken = await seats.taken(course._id);
    const current = toCourseView(course.toObject() as unknown as CourseDoc, { seatsTaken: taken, crs: 'wgs84', minAttendanceShare });
    assertEditAllowed(body, current, taken);
    assertPublishScope(user, body.providerId, body.areaCode);
    if (body.sessions) await assertAttendedSessionsKept(ctx.models, course._id, current.sessions, body.sessions);

    const before = course.toObject();
    const { crs, sites, ...fields } = body;
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) course.set(key, value);
    if (sites) course.set('sites', toWgs(sites, crs));
    await course.save();
    ctx.openClasses.changed();
    await notifyCourseChanged(ctx, before, course);
    await notifyClassOpened(ctx, course);
    await audit(ctx.models, user, { action: 'update', entity: 'course', entityId: id, before, after: course.toObject() });
    return toCourseView(course.toObject() as unknown as CourseDoc, { seatsTaken: taken, crs, minAttendanceShare });
  }

  /** Deletes a class nobody ever enrolled in (a mistake, a draft); one with enrollments is cancelled instead. */
  async function remove(id: string, user: SessionUser) {
    const course = await findManaged(id, user);
    if (await Enrollment.exists({ courseId: course._id })) {
      throw new HttpProblem(409, 'has-enrollments', '该课程已有报名记录，不能删除；如不再开班，请改为“已取消”');
    }
    await seats.releaseAll(course._id);
    await course.deleteOne();
    ctx.openClasses.changed();
    await audit(ctx.models, user, { action: 'delete', entity: 'course', entityId: id, before: course.toObject() });
  }

  /** One class, with the signed-in worker's own enrollment in it; a draft only for those who manage it. */
  async function get(id: string, crs: Crs, user?: SessionUser) {
    const course = isValidObjectId(id) ? ((await Course.findById(id).lean()) as unknown as CourseDoc | null) : null;
    const visible = course && (course.status !== 'draft' || (user && canManage(user, course)));
    if (!course || !visible) throw notFound('课程不存在');
    const [mine, orderJobs] = await Promise.all([myEnrollmentsIn(ctx.models, user, [course._id.toString()]), orderJobsOf(ctx, course._id)]);
    const view = toCourseView(course, { seatsTaken: await seats.taken(course._id), crs, minAttendanceShare });
    return withMyEnrollment({ ...view, ...(orderJobs.length ? { orderJobs } : {}) }, mine);
  }

  return {
    findManaged,
    create,
    update,
    remove,
    list: (q: ListQuery, user?: SessionUser) => listCourses(ctx, q, user),
    trades: () => openTrades(ctx),
    get,
  };
}
