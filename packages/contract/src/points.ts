import { z } from 'zod';
import {
  clusterSchema,
  createPointBodySchema,
  createReportBodySchema,
  crsSchema,
  crsValues,
  listReportsQuerySchema,
  pageOf,
  pointReportSchema,
  pointSchema,
  pointsListQuerySchema,
  pointsMapQuerySchema,
  updatePointBodySchema,
  updateReportBodySchema,
} from '@yilu/shared';
import { auditEntrySchema, idParams, importQuery, importReportSchema, itemsOf, sheetFile, sheetUpload } from './common.js';
import { defineOperations, fileAnswer, noContent, roles } from './operation.js';

const areaStaff = roles('admin', 'district_staff', 'community_staff');
const crsQuery = z.strictObject({ crs: crsSchema });
const crs = z.enum(crsValues);

/** A point on the map: the whole listing, marked as a point (the other features are clusters). */
export const mapPointSchema = pointSchema.extend({ type: z.literal('point') }).meta({ id: 'MapPoint' });
export const nearbyAnswerSchema = z.object({ crs, items: z.array(pointSchema) }).meta({ id: 'NearbyPoints' });
export const viewportAnswerSchema = z
  .object({ crs, zoom: z.number().int(), features: z.array(z.discriminatedUnion('type', [clusterSchema, mapPointSchema])) })
  .meta({ id: 'ViewportPoints' });
export const pointsExportQuery = pointsListQuerySchema.extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

export type MapPoint = z.infer<typeof mapPointSchema>;
export type NearbyAnswer = z.infer<typeof nearbyAnswerSchema>;
export type ViewportAnswer = z.infer<typeof viewportAnswerSchema>;

export const pointsOperations = defineOperations({
  nearbyPoints: {
    method: 'get',
    path: '/points',
    access: 'public',
    tag: 'points',
    summary: 'Map: points within `radius` metres of `near`, nearest first, each with `distanceM`',
    description: 'Coordinates in and out are in `crs` (wgs84 by default, gcj02 for WeChat and Chinese tiles).',
    query: pointsMapQuerySchema,
    selectedBy: { anyOf: ['near'] },
    responses: { 200: nearbyAnswerSchema },
    problems: [400],
  },
  viewportPoints: {
    method: 'get',
    path: '/points',
    access: 'public',
    tag: 'points',
    summary: 'Map: up to 300 points in the viewport `bbox`, or clusters when more match',
    query: pointsMapQuerySchema,
    selectedBy: { anyOf: ['bbox'] },
    responses: { 200: viewportAnswerSchema },
    problems: [400],
  },
  listPoints: {
    method: 'get',
    path: '/points',
    access: areaStaff,
    tag: 'points',
    summary: 'Staff listing in your area, with filters and paging (without `near` or `bbox`)',
    query: pointsListQuerySchema,
    selectedBy: { noneOf: ['near', 'bbox'] },
    responses: { 200: pageOf(pointSchema) },
    problems: [400, 401, 403],
  },
  createPoint: {
    method: 'post',
    path: '/points',
    access: areaStaff,
    tag: 'points',
    summary: 'Create a service point in your area',
    description: 'Its location must lie inside the outline of its `areaCode` (see `GET /areas/{areaCode}`), or 422 names both fields.',
    body: createPointBodySchema,
    responses: { 201: pointSchema },
    problems: [400, 401, 403, 409, 422],
  },
  importPoints: {
    method: 'post',
    path: '/points/import',
    access: areaStaff,
    tag: 'points',
    summary: 'Bulk import from .xlsx or .csv with a per-row report (mode=validate writes nothing)',
    query: importQuery,
    upload: sheetUpload,
    responses: { 200: importReportSchema },
    problems: [400, 401, 403, 413, 415, 422],
  },
  exportPoints: {
    method: 'get',
    path: '/points/export',
    access: areaStaff,
    tag: 'points',
    summary: 'Export the listing (same filters) in the import format',
    query: pointsExportQuery,
    responses: { 200: fileAnswer(...sheetFile) },
    problems: [400, 401, 403],
  },
  getPoint: {
    method: 'get',
    path: '/points/{id}',
    access: 'optional',
    tag: 'points',
    summary: 'One point (drafts only for staff of its area)',
    params: idParams,
    query: crsQuery,
    responses: { 200: pointSchema },
    problems: [400, 401, 404],
  },
  updatePoint: {
    method: 'patch',
    path: '/points/{id}',
    access: areaStaff,
    tag: 'points',
    summary: 'Edit a point; `verified: true` records an on-site check',
    params: idParams,
    body: updatePointBodySchema,
    responses: { 200: pointSchema },
    problems: [400, 401, 403, 404, 409, 422],
  },
  deletePoint: {
    method: 'delete',
    path: '/points/{id}',
    access: areaStaff,
    tag: 'points',
    summary: 'Soft-delete a point',
    params: idParams,
    responses: { 204: noContent },
    problems: [400, 401, 403, 404],
  },
  pointHistory: {
    method: 'get',
    path: '/points/{id}/history',
    access: areaStaff,
    tag: 'points',
    summary: 'Audit trail of a point: who changed what, when, before and after (newest first)',
    params: idParams,
    responses: { 200: itemsOf(auditEntrySchema) },
    problems: [400, 401, 403, 404],
  },
  reportPoint: {
    method: 'post',
    path: '/points/{id}/reports',
    access: 'signed-in',
    tag: 'points',
    summary: 'Report that a listing is wrong (closed, moved, hours wrong, amenity missing)',
    params: idParams,
    body: createReportBodySchema,
    responses: { 201: pointReportSchema },
    problems: [400, 401, 404],
  },
  myReports: {
    method: 'get',
    path: '/me/reports',
    access: roles('worker'),
    tag: 'points',
    summary: 'The signed-in worker’s own reports, newest first, with state and the staff reply',
    responses: { 200: itemsOf(pointReportSchema) },
    problems: [401, 403],
  },
  listReports: {
    method: 'get',
    path: '/point-reports',
    access: areaStaff,
    tag: 'points',
    summary: 'Reports about points in your area',
    query: listReportsQuerySchema,
    responses: { 200: pageOf(pointReportSchema) },
    problems: [400, 401, 403],
  },
  handleReport: {
    method: 'patch',
    path: '/point-reports/{id}',
    access: areaStaff,
    tag: 'points',
    summary: 'Resolve or reject a report with a reply',
    params: idParams,
    body: updateReportBodySchema,
    responses: { 200: pointReportSchema },
    problems: [400, 401, 403, 404, 409],
  },
});
