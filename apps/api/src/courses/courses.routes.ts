import { Router } from 'express';
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import {
  checkInBodySchema,
  createCourseBodySchema,
  crsSchema,
  enrollBodySchema,
  listCoursesQuerySchema,
  locationSchema,
  reviewBodySchema,
  staffCheckInBodySchema,
  updateCourseBodySchema,
  type ListCoursesQuery,
} from '@yilu/shared';
import type { AppContext } from '../context.js';
import { currentUser, maybeUser, optionalAuth, requireAuth } from '../auth/require-auth.js';
import { jsonBody, problems } from '../http/openapi-helpers.js';
import { validate, validParams, validQuery } from '../http/validate.js';
import { idParams } from '../points/points.routes.js';
import { createCoursesService } from './courses.service.js';
import { createEnrollmentsService } from './enrollments.service.js';
import { exportResults } from './results-export.js';
import { importResults } from './results-import.js';
import { importQuery, sendSheet, sheetUpload, type ImportQuery } from '../sheets/sheet-http.js';

const near = z
  .string()
  .max(60)
  .transform((s) => s.split(',').map(Number))
  .pipe(z.tuple([z.number(), z.number()]))
  .transform(([lng, lat]) => ({ lng, lat }))
  .pipe(locationSchema);
const coursesQuery = listCoursesQuerySchema.extend({
  near: near.optional(),
  crs: crsSchema,
  managed: z.enum(['true', 'false']).transform((v) => v === 'true').optional().meta({ description: 'Classes you manage, any status (staff, provider)' }),
});
const crsQuery = z.strictObject({ crs: crsSchema });
const verifyQuery = z.strictObject({ no: z.string().trim().min(1).max(40) });

export function coursesRoutes(ctx: AppContext): Router {
  const courses = createCoursesService(ctx);
  const enrollments = createEnrollmentsService(ctx);
  const router = Router();
  const publisher = requireAuth(ctx, 'admin', 'district_staff', 'community_staff', 'provider');
  const worker = requireAuth(ctx, 'worker');
  const id = () => validParams<{ id: string }>;

  router.get('/courses', optionalAuth(ctx), validate({ query: coursesQuery }), async (_req, res) => {
    res.json(await courses.list(validQuery<ListCoursesQuery & z.infer<typeof coursesQuery>>(res), maybeUser(res)));
  });
  router.post('/courses', publisher, validate({ body: createCourseBodySchema }), async (req, res) => {
    res.status(201).json(await courses.create(req.body, currentUser(res)));
  });
  router.get('/courses/trades', async (_req, res) => {
    res.json({ items: await courses.trades() });
  });
  router.get('/courses/:id', optionalAuth(ctx), validate({ params: idParams, query: crsQuery }), async (_req, res) => {
    res.json(await courses.get(id()(res).id, validQuery<{ crs: 'wgs84' | 'gcj02' }>(res).crs, maybeUser(res)));
  });
  router.patch('/courses/:id', publisher, validate({ params: idParams, body: updateCourseBodySchema }), async (req, res) => {
    res.json(await courses.update(id()(res).id, req.body, currentUser(res)));
  });
  router.delete('/courses/:id', publisher, validate({ params: idParams }), async (_req, res) => {
    await courses.remove(id()(res).id, currentUser(res));
    res.status(204).end();
  });
  router.get('/courses/:id/results-sheet', publisher, validate({ params: idParams }), async (_req, res) => {
    const { title, file } = await exportResults(ctx, id()(res).id, currentUser(res));
    sendSheet(res, file, `成绩与证书-${title}`, 'xlsx');
  });
  router.post('/courses/:id/results-import', publisher, validate({ params: idParams, query: importQuery }), sheetUpload(), async (req, res) => {
    res.json(await importResults(ctx, id()(res).id, req.file!.buffer, validQuery<ImportQuery>(res), currentUser(res)));
  });
  router.post('/courses/:id/enrollments', worker, validate({ params: idParams, body: enrollBodySchema }), async (req, res) => {
    const { created, enrollment } = await enrollments.enroll(id()(res).id, req.body, currentUser(res));
    res.status(created ? 201 : 200).json(enrollment);
  });
  router.get('/courses/:id/enrollments', publisher, validate({ params: idParams }), async (_req, res) => {
    res.json({ items: await enrollments.forCourse(id()(res).id, currentUser(res)) });
  });
  router.get('/me/enrollments', worker, async (_req, res) => {
    res.json({ items: await enrollments.mine(currentUser(res)) });
  });
  router.get('/me/certificates', worker, async (_req, res) => {
    res.json({ items: await enrollments.wallet(currentUser(res)) });
  });
  router.post('/enrollments/:id/withdrawal', worker, validate({ params: idParams }), async (_req, res) => {
    res.json(await enrollments.withdraw(id()(res).id, currentUser(res)));
  });
  router.post('/enrollments/:id/check-ins', requireAuth(ctx), validate({ params: idParams }), async (req, res, next) => {
    const user = currentUser(res);
    const schema = user.role === 'worker' ? checkInBodySchema : staffCheckInBodySchema;
    validate({ body: schema })(req, res, async (error?: unknown) => {
      if (error) return next(error);
      try {
        const answer =
          user.role === 'worker'
            ? await enrollments.checkIn(id()(res).id, req.body, user)
            : await enrollments.correctCheckIn(id()(res).id, req.body, user);
        res.status(201).json(answer);
      } catch (e) {
        next(e);
      }
    });
  });
  router.patch('/enrollments/:id', publisher, validate({ params: idParams, body: reviewBodySchema }), async (req, res) => {
    res.json(await enrollments.review(id()(res).id, req.body, currentUser(res)));
  });
  router.get('/enrollments/:id/id-number', publisher, validate({ params: idParams }), async (_req, res) => {
    res.json(await enrollments.idNumber(id()(res).id, currentUser(res)));
  });
  router.get('/certificates/verify', validate({ query: verifyQuery }), async (_req, res) => {
    res.json(await enrollments.verify(validQuery<{ no: string }>(res).no));
  });
  return router;
}

const secured = { security: [{ bearer: [] }] };
export const coursesPaths: ZodOpenApiPathsObject = {
  '/courses': {
    get: { tags: ['courses'], summary: 'Open classes, nearest first with `near`', requestParams: { query: coursesQuery }, responses: { 200: { description: 'A page of classes' }, ...problems(400) } },
    post: { tags: ['courses'], ...secured, summary: 'Publish a class (staff of its area, or its provider)', requestBody: jsonBody(createCourseBodySchema), responses: { 201: { description: 'Created' }, ...problems(400, 401, 403) } },
  },
  '/courses/trades': {
    get: { tags: ['courses'], summary: 'Trades of the open classes with how many classes each, for the trade filter', responses: { 200: { description: '{ items: [{ name, count }] }' } } },
  },
  '/courses/{id}': {
    get: { tags: ['courses'], summary: 'One class with seats left and the certificates it ends in', requestParams: { path: idParams, query: crsQuery }, responses: { 200: { description: 'The class' }, ...problems(404) } },
    patch: { tags: ['courses'], ...secured, summary: 'Edit a class; what workers enrolled for is locked after the first enrollment', requestParams: { path: idParams }, requestBody: jsonBody(updateCourseBodySchema), responses: { 200: { description: 'Updated' }, ...problems(400, 401, 403, 404, 409) } },
    delete: { tags: ['courses'], ...secured, summary: 'Delete a class nobody ever enrolled in (otherwise cancel it)', requestParams: { path: idParams }, responses: { 204: { description: 'Deleted' }, ...problems(401, 404, 409) } },
  },
  '/courses/{id}/enrollments': {
    post: { tags: ['enrollments'], ...secured, summary: 'Enroll (worker); never more than capacity; a retry returns the same enrollment (200)', requestParams: { path: idParams }, requestBody: jsonBody(enrollBodySchema), responses: { 201: { description: 'Enrolled' }, 200: { description: 'Already enrolled' }, ...problems(400, 401, 403, 404, 409) } },
    get: { tags: ['enrollments'], ...secured, summary: 'Enrollments of a class (staff, provider)', requestParams: { path: idParams }, responses: { 200: { description: 'Enrollments, ID numbers masked' }, ...problems(401, 403, 404) } },
  },
  '/courses/{id}/results-sheet': {
    get: { tags: ['enrollments'], ...secured, summary: 'The results sheet of a class (.xlsx), prefilled with recorded results and certificates', requestParams: { path: idParams }, responses: { 200: { description: 'The .xlsx file' }, ...problems(401, 404) } },
  },
  '/courses/{id}/results-import': {
    post: { tags: ['enrollments'], ...secured, summary: 'Exam results and certificate numbers for a class from its filled-in results sheet, with a per-row report (mode=validate writes nothing)', requestParams: { path: idParams, query: importQuery }, responses: { 200: { description: 'Import report' }, ...problems(400, 401, 404, 413, 415, 422) } },
  },
  '/me/enrollments': { get: { tags: ['enrollments'], ...secured, summary: 'My classes', responses: { 200: { description: 'Enrollments' }, ...problems(401, 403) } } },
  '/me/certificates': { get: { tags: ['certificates'], ...secured, summary: 'My certificate wallet', responses: { 200: { description: 'Certificates' }, ...problems(401, 403) } } },
  '/enrollments/{id}/withdrawal': { post: { tags: ['enrollments'], ...secured, summary: 'Withdraw; frees the seat', requestParams: { path: idParams }, responses: { 200: { description: 'Withdrawn' }, ...problems(401, 404, 409) } } },
  '/enrollments/{id}/check-ins': {
    post: { tags: ['enrollments'], ...secured, summary: 'Check in to a session (worker, within the geofence; `at` for a check-in queued offline), or correct one with a reason (staff)', requestParams: { path: idParams }, requestBody: jsonBody(checkInBodySchema), responses: { 201: { description: 'Checked in' }, ...problems(400, 401, 404, 409, 422) } },
  },
  '/enrollments/{id}': { patch: { tags: ['enrollments'], ...secured, summary: 'Review, results, certificates, job placement', requestParams: { path: idParams }, requestBody: jsonBody(reviewBodySchema), responses: { 200: { description: 'Updated' }, ...problems(400, 401, 404, 409) } } },
  '/enrollments/{id}/id-number': { get: { tags: ['enrollments'], ...secured, summary: 'The full ID number (audited)', requestParams: { path: idParams }, responses: { 200: { description: 'The ID number' }, ...problems(401, 404) } } },
  '/certificates/verify': { get: { tags: ['certificates'], summary: 'Verify a certificate by number (holder name masked)', requestParams: { query: verifyQuery }, responses: { 200: { description: 'The certificate' }, ...problems(400, 404) } } },
};
