import { Router } from 'express';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import {
  createReportBodySchema,
  listReportsQuerySchema,
  pageOf,
  pointReportSchema,
  updateReportBodySchema,
  type ListReportsQuery,
} from '@yilu/shared';
import type { AppContext } from '../context.js';
import { currentUser, requireAuth } from '../auth/require-auth.js';
import { jsonBody, jsonResponse, problems } from '../http/openapi-helpers.js';
import { validate, validParams, validQuery } from '../http/validate.js';
import { idParams } from './points.routes.js';
import { createReportsService } from './reports.service.js';

export function reportsRoutes(ctx: AppContext): Router {
  const reports = createReportsService(ctx);
  const router = Router();
  const staff = requireAuth(ctx, 'admin', 'district_staff', 'community_staff');

  router.post('/points/:id/reports', requireAuth(ctx), validate({ params: idParams, body: createReportBodySchema }), async (req, res) => {
    res.status(201).json(await reports.create(validParams<{ id: string }>(res).id, req.body, currentUser(res)));
  });
  router.get('/point-reports', staff, validate({ query: listReportsQuerySchema }), async (_req, res) => {
    res.json(await reports.list(validQuery<ListReportsQuery>(res), currentUser(res)));
  });
  router.patch('/point-reports/:id', staff, validate({ params: idParams, body: updateReportBodySchema }), async (req, res) => {
    res.json(await reports.handle(validParams<{ id: string }>(res).id, req.body, currentUser(res)));
  });
  return router;
}

const secured = { tags: ['points'], security: [{ bearer: [] }] };

export const reportsPaths: ZodOpenApiPathsObject = {
  '/points/{id}/reports': {
    post: {
      ...secured,
      summary: 'Report that a listing is wrong (closed, moved, hours wrong, amenity missing)',
      requestParams: { path: idParams },
      requestBody: jsonBody(createReportBodySchema),
      responses: { 201: jsonResponse('Reported', pointReportSchema), ...problems(400, 401, 404) },
    },
  },
  '/point-reports': {
    get: {
      ...secured,
      summary: 'Reports about points in your area',
      requestParams: { query: listReportsQuerySchema },
      responses: { 200: jsonResponse('A page of reports', pageOf(pointReportSchema)), ...problems(400, 401, 403) },
    },
  },
  '/point-reports/{id}': {
    patch: {
      ...secured,
      summary: 'Resolve or reject a report with a reply',
      requestParams: { path: idParams },
      requestBody: jsonBody(updateReportBodySchema),
      responses: { 200: jsonResponse('Handled', pointReportSchema), ...problems(400, 401, 403, 404, 409) },
    },
  },
};
