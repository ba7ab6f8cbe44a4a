import { Router } from 'express';
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import {
  clusterSchema,
  createPointBodySchema,
  crsSchema,
  pageOf,
  pointMarkerSchema,
  pointSchema,
  pointsListQuerySchema,
  pointsMapQuerySchema,
  updatePointBodySchema,
  type PointsListQuery,
  type PointsMapQuery,
} from '@yilu/shared';
import type { AppContext } from '../context.js';
import { currentUser, maybeUser, optionalAuth, requireAuth } from '../auth/require-auth.js';
import { jsonBody, jsonResponse, problems } from '../http/openapi-helpers.js';
import { validate, validParams, validQuery } from '../http/validate.js';
import { importQuery, sendSheet, sheetUpload, type ImportQuery } from '../sheets/sheet-http.js';
import { MAX_SHEET_ROWS } from '../sheets/read-sheet.js';
import { importPoints } from './points-import.js';
import { writePointsSheet } from './points-sheet.js';
import { createPointsService } from './points.service.js';
import { mapAnswer } from './map-answer.js';

const exportQuery = pointsListQuerySchema.extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

export const idParams = z.strictObject({ id: z.string().regex(/^[a-f0-9]{24}$/, '编号格式错误') });
const crsQuery = z.strictObject({ crs: crsSchema });

export function pointsRoutes(ctx: AppContext): Router {
  const points = createPointsService(ctx);
  const router = Router();
  const staff = requireAuth(ctx, 'admin', 'district_staff', 'community_staff');
  const isMapQuery = (query: object) => 'near' in query || 'bbox' in query;

  // One path, two uses: `near` or `bbox` is the public map; otherwise it is the staff listing.
  router.get(
    '/points',
    (req, _res, next) => next(isMapQuery(req.query) ? undefined : 'route'),
    validate({ query: pointsMapQuerySchema }),
    (_req, res) => {
      res.type('application/json').send(mapAnswer(ctx.points.catalog, validQuery<PointsMapQuery>(res)));
    },
  );
  router.get('/points', staff, validate({ query: pointsListQuerySchema }), async (_req, res) => {
    res.json(await points.list(validQuery<PointsListQuery>(res), currentUser(res)));
  });
  router.post('/points/import', staff, validate({ query: importQuery }), sheetUpload(), async (req, res) => {
    res.json(await importPoints(ctx, req.file!.buffer, validQuery<ImportQuery>(res), currentUser(res)));
  });
  router.get('/points/export', staff, validate({ query: exportQuery }), async (_req, res) => {
    const q = validQuery<z.infer<typeof exportQuery>>(res);
    const records = await points.records(q, currentUser(res), MAX_SHEET_ROWS);
    sendSheet(res, await writePointsSheet(records, q.format), '服务点', q.format);
  });
  router.post('/points', staff, validate({ body: createPointBodySchema }), async (req, res) => {
    res.status(201).json(await points.create(req.body, currentUser(res)));
  });
  router.get('/points/:id', optionalAuth(ctx), validate({ params: idParams, query: crsQuery }), async (_req, res) => {
    res.json(await points.get(validParams<{ id: string }>(res).id, validQuery<{ crs: 'wgs84' | 'gcj02' }>(res).crs, maybeUser(res)));
  });
  router.patch('/points/:id', staff, validate({ params: idParams, body: updatePointBodySchema }), async (req, res) => {
    res.json(await points.update(validParams<{ id: string }>(res).id, req.body, currentUser(res)));
  });
  router.delete('/points/:id', staff, validate({ params: idParams }), async (_req, res) => {
    await points.remove(validParams<{ id: string }>(res).id, currentUser(res));
    res.status(204).end();
  });
  router.get('/points/:id/history', staff, validate({ params: idParams }), async (_req, res) => {
    res.json({ items: await points.history(validParams<{ id: string }>(res).id, currentUser(res)) });
  });
  return router;
}

const nearbyAnswer = z.object({ crs: z.enum(['wgs84', 'gcj02']), items: z.array(pointSchema) });
const viewportAnswer = z.object({
  crs: z.enum(['wgs84', 'gcj02']),
  zoom: z.number(),
  features: z.array(z.union([clusterSchema, pointMarkerSchema])),
});
const staffOnly = { security: [{ bearer: [] }] };

export const pointsPaths: ZodOpenApiPathsObject = {
  '/points': {
    get: {
      tags: ['points'],
      summary: 'Map: nearest first (`near`) or a viewport (`bbox` + `zoom`); without either, the staff listing',
      description:
        'With `near`, points within `radius` metres, nearest first, each with `distanceM`. With `bbox`, up to 300 ' +
        'points, or clusters when more match. Coordinates are in `crs` (wgs84 by default, gcj02 for WeChat). ' +
        'Without `near`/`bbox` the request needs a staff token and takes the listing filters (page, pageSize, kinds, ' +
        'status, areaCode, staleDays, q, sort).',
      requestParams: { query: pointsMapQuerySchema },
      responses: {
        200: { description: 'Points or clusters', content: { 'application/json': { schema: z.union([nearbyAnswer, viewportAnswer, pageOf(pointSchema)]) } } },
        ...problems(400, 401, 403),
      },
    },
    post: {
      tags: ['points'],
      ...staffOnly,
      summary: 'Create a service point in your area',
      requestBody: jsonBody(createPointBodySchema),
      responses: { 201: jsonResponse('Created', pointSchema), ...problems(400, 401, 403, 409) },
    },
  },
  '/points/{id}': {
    get: {
      tags: ['points'],
      summary: 'One point (drafts only for staff of its area)',
      requestParams: { path: idParams, query: crsQuery },
      responses: { 200: jsonResponse('The point', pointSchema), ...problems(400, 404) },
    },
    patch: {
      tags: ['points'],
      ...staffOnly,
      summary: 'Edit a point; `verified: true` records an on-site check',
      requestParams: { path: idParams },
      requestBody: jsonBody(updatePointBodySchema),
      responses: { 200: jsonResponse('Updated', pointSchema), ...problems(400, 401, 403, 404) },
    },
    delete: {
      tags: ['points'],
      ...staffOnly,
      summary: 'Soft-delete a point',
      requestParams: { path: idParams },
      responses: { 204: { description: 'Deleted' }, ...problems(401, 403, 404) },
    },
  },
  '/points/import': {
    post: {
      tags: ['points'],
      ...staffOnly,
      summary: 'Bulk import from .xlsx or .csv with a per-row report (mode=validate writes nothing)',
      requestParams: { query: importQuery },
      requestBody: {
        content: { 'multipart/form-data': { schema: z.object({ file: z.string().meta({ format: 'binary' }) }) } },
      },
      responses: { 200: { description: 'Per-row report' }, ...problems(400, 401, 403, 413, 415, 422) },
    },
  },
  '/points/export': {
    get: {
      tags: ['points'],
      ...staffOnly,
      summary: 'Export the listing (same filters) in the import format',
      requestParams: { query: exportQuery },
      responses: { 200: { description: 'An .xlsx or .csv file' }, ...problems(400, 401, 403) },
    },
  },
  '/points/{id}/history': {
    get: {
      tags: ['points'],
      ...staffOnly,
      summary: 'Audit trail of a point: who changed what, when, before and after',
      requestParams: { path: idParams },
      responses: { 200: { description: 'Entries, newest first' }, ...problems(401, 403, 404) },
    },
  },
};
