import { Router } from 'express';
import { operations as op } from '@yilu/contract';
import type { AppContext } from '../context.js';
import { Reply, route } from '../http/route.js';
import { sheetReply, sheetUpload } from '../sheets/sheet-http.js';
import { createCoursesService } from './courses.service.js';
import { ALREADY_ENROLLED } from './enroll.js';
import { createEnrollmentsService } from './enrollments.service.js';
import { exportResults } from './results-export.js';
import { importResults } from './results-import.js';

export function coursesRoutes(ctx: AppContext): Router {
  const courses = createCoursesService(ctx);
  const enrollments = createEnrollmentsService(ctx);
  const router = Router();

  route(router, ctx, op.listCourses, ({ query, user }) => courses.list(query, user));
  route(router, ctx, op.createCourse, ({ body, user }) => courses.create(body, user));
  route(router, ctx, op.listTrades, async () => ({ items: await courses.trades() }));
  route(router, ctx, op.getCourse, ({ params, query, user }) => courses.get(params.id, query.crs, user));
  route(router, ctx, op.updateCourse, ({ params, body, user }) => courses.update(params.id, body, user));
  route(router, ctx, op.deleteCourse, ({ params, user }) => courses.remove(params.id, user));
  route(router, ctx, op.resultsSheet, async ({ params, user }) => {
    const { title, file } = await exportResults(ctx, params.id, user);
    return sheetReply(file, `成绩与证书-${title}`, 'xlsx');
  });
  route(router, ctx, op.importResults, ({ params, query, user, req }) => importResults(ctx, params.id, req.file!.buffer, query, user), {
    after: [sheetUpload()],
  });
  route(router, ctx, op.enroll, async ({ params, body, user }) => {
    const { created, enrollment } = await enrollments.enroll(params.id, body, user);
    return created
      ? new Reply(201, enrollment)
      : new Reply(200, { ...enrollment, alreadyEnrolled: true as const, message: ALREADY_ENROLLED });
  });
  route(router, ctx, op.courseEnrollments, async ({ params, user }) => ({ items: await enrollments.forCourse(params.id, user) }));
  route(router, ctx, op.myEnrollments, async ({ user }) => ({ items: await enrollments.mine(user) }));
  route(router, ctx, op.myCertificates, async ({ user }) => ({ items: await enrollments.wallet(user) }));
  route(router, ctx, op.withdraw, ({ params, user }) => enrollments.withdraw(params.id, user));
  route(router, ctx, op.checkIn, ({ params, body, user }) => enrollments.checkIn(params.id, body, user));
  route(router, ctx, op.correctCheckIn, ({ params, body, user }) => enrollments.correctCheckIn(params.id, body, user));
  route(router, ctx, op.reviewEnrollment, ({ params, body, user }) => enrollments.review(params.id, body, user));
  route(router, ctx, op.enrollmentIdNumber, ({ params, user }) => enrollments.idNumber(params.id, user));
  route(router, ctx, op.verifyCertificate, ({ query }) => enrollments.verify(query.no));
  route(router, ctx, op.revokeCertificate, ({ params, body, user }) => enrollments.revoke(params.no, body.reason, user));
  return router;
}
