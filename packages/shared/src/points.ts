import { z } from 'zod';
import './locale.js';
import { areaCodeSchema } from './area.js';
import { fieldLabel } from './field-labels.zh-CN.js';
import { openingHoursSchema } from './opening-hours.js';
import { pageQuerySchema } from './pagination.js';
import { parseDecimalList, queryNumber } from './decimal.js';
import {
  accessTypes,
  amenities,
  crsValues,
  MAX_NEAR_LIMIT,
  MAX_RADIUS_M,
  pointKinds,
  pointStatuses,
  reportReasons,
  reportStatuses,
} from './point-values.js';
import { text } from './text.js';

export * from './point-values.js';

export const pointKindSchema = z.enum(pointKinds).meta({ id: 'PointKind' });
export const amenitySchema = z.enum(amenities).meta({ id: 'Amenity' });
export const accessTypeSchema = z.enum(accessTypes).meta({ id: 'AccessType' });
export const pointStatusSchema = z.enum(pointStatuses).meta({ id: 'PointStatus' });
export const crsSchema = z.enum(crsValues).default('wgs84');

export type PointKind = z.infer<typeof pointKindSchema>;
export type Amenity = z.infer<typeof amenitySchema>;
export type AccessType = z.infer<typeof accessTypeSchema>;
export type PointStatus = z.infer<typeof pointStatusSchema>;
export type Crs = (typeof crsValues)[number];

export const lngSchema = z.number().min(73).max(136).meta({ description: 'Longitude (within China)' });
export const latSchema = z.number().min(3).max(54).meta({ description: 'Latitude (within China)' });

export const locationSchema = z
  .strictObject({ lng: lngSchema, lat: latSchema })
  .meta({ id: 'Location', description: 'A position; the response field `crs` says which coordinate system' });

/** A photo's address; `z.url` alone takes a bidirectional override in a path (the URL parser escapes it). */
const photoUrl = text({ max: 300 }).pipe(z.url());

const pointFields = {
  kind: pointKindSchema,
  name: text({ min: 2, max: 60 }),
  address: text({ min: 2, max: 120 }),
  areaCode: areaCodeSchema,
  location: locationSchema,
  amenities: z.array(amenitySchema).max(amenities.length).default([]),
  access: accessTypeSchema.default('public'),
  hours: openingHoursSchema.default({ timezone: 'Asia/Shanghai', alwaysOpen: false, weekly: [], exceptions: [] }),
  contact: text({ max: 40 }).optional(),
  photos: z.array(photoUrl).max(9).default([]),
  description: text({ max: 500, multiline: true }).optional(),
  status: pointStatusSchema.default('published'),
  externalId: text({ min: 1, max: 64 }).optional().meta({ description: 'Stable id from the source list (for re-import)' }),
};

export const createPointBodySchema = z
  .strictObject({ ...pointFields, crs: crsSchema.meta({ description: 'System of `location`' }) })
  .meta({ id: 'CreatePointBody' });

export const updatePointBodySchema = z
  .strictObject({
    kind: pointFields.kind.optional(),
    name: pointFields.name.optional(),
    address: pointFields.address.optional(),
    areaCode: pointFields.areaCode.optional(),
    location: pointFields.location.optional(),
    amenities: z.array(amenitySchema).max(amenities.length).optional(),
    access: accessTypeSchema.optional(),
    hours: openingHoursSchema.optional(),
    contact: pointFields.contact.unwrap().nullable().optional(),
    photos: z.array(photoUrl).max(9).optional(),
    description: pointFields.description.unwrap().nullable().optional(),
    status: pointStatusSchema.optional(),
    verified: z.literal(true).optional().meta({ description: 'Mark the listing as checked on site now' }),
    crs: crsSchema,
  })
  .meta({ id: 'UpdatePointBody' });

export type CreatePointBody = z.infer<typeof createPointBodySchema>;
export type UpdatePointBody = z.infer<typeof updatePointBodySchema>;

export const pointSchema = z
  .object({
    id: z.string(),
    kind: pointKindSchema,
    name: z.string(),
    address: z.string(),
    areaCode: z.string(),
    location: locationSchema,
    crs: z.enum(crsValues),
    amenities: z.array(amenitySchema),
    access: accessTypeSchema,
    hours: openingHoursSchema,
    contact: z.string().optional(),
    photos: z.array(z.string()),
    description: z.string().optional(),
    status: pointStatusSchema,
    externalId: z.string().optional(),
    verifiedAt: z.string().optional(),
    updatedAt: z.string(),
    openNow: z.boolean(),
    closesAt: z.string().optional(),
    closesNextDay: z.boolean().optional(),
    distanceM: z.number().optional(),
  })
  .meta({ id: 'ServicePoint' });

export type ServicePoint = z.infer<typeof pointSchema>;

const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(400)
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

const boolString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const pair = (label: string) =>
  z
    .string()
    .max(60)
    .transform((s, ctx) => {
      const parts = parseDecimalList(s, 2);
      if (!parts) {
        ctx.addIssue({ code: 'custom', message: `${label}须为“经度,纬度”，如 87.62,43.83` });
        return z.NEVER;
      }
      return { lng: parts[0]!, lat: parts[1]! };
    })
    .pipe(locationSchema);

/** `near=lng,lat` in a query, in decimal numbers: the map's and the class list's. */
export const nearParam = pair(fieldLabel(['near']));

/** `bbox=minLng,minLat,maxLng,maxLat` in a query: the map's viewport. */
export const bboxParam = z
  .string()
  .max(120)
  .transform((s, ctx) => {
    const n = parseDecimalList(s, 4);
    if (!n) {
      ctx.addIssue({ code: 'custom', message: `${fieldLabel(['bbox'])}须为“最小经度,最小纬度,最大经度,最大纬度”` });
      return z.NEVER;
    }
    const [minLng, minLat, maxLng, maxLat] = n as [number, number, number, number];
    if (minLng < -180 || maxLng > 180 || minLat < -90 || maxLat > 90 || minLng >= maxLng || minLat >= maxLat) {
      ctx.addIssue({ code: 'custom', message: `${fieldLabel(['bbox'])}无效：最小值须小于最大值，且在经纬度范围内` });
      return z.NEVER;
    }
    return { minLng, minLat, maxLng, maxLat };
  });

/** Public map queries: `near` (nearest first) or `bbox` (markers or clusters for a viewport). */
export const pointsMapQuerySchema = z
  .strictObject({
    near: nearParam.optional(),
    radius: queryNumber(z.number().int().min(1).max(MAX_RADIUS_M, `半径不能超过 ${MAX_RADIUS_M} 米`)).default(5000),
    limit: queryNumber(z.number().int().min(1).max(MAX_NEAR_LIMIT)).default(50),
    bbox: bboxParam.optional(),
    zoom: queryNumber(z.number().int().min(0).max(22)).default(12),
    kinds: csv(pointKindSchema).optional(),
    amenities: csv(amenitySchema).optional(),
    openNow: boolString.optional(),
    crs: crsSchema,
  })
  .refine((q) => !(q.near && q.bbox), { message: '附近位置与地图范围不能同时使用', path: ['bbox'] })
  .meta({ id: 'PointsMapQuery' });

/** Staff listing with filters and paging. */
export const pointsListQuerySchema = pageQuerySchema
  .extend({
    kinds: csv(pointKindSchema).optional(),
    status: pointStatusSchema.optional(),
    areaCode: areaCodeSchema.optional(),
    staleDays: queryNumber(z.number().int().min(1).max(3650)).optional().meta({ description: 'Not verified for this many days' }),
    q: text({ max: 40 }).optional(),
    sort: z.enum(['updated', 'stale']).default('updated'),
  })
  .meta({ id: 'PointsListQuery' });

export type PointsMapQuery = z.infer<typeof pointsMapQuerySchema>;
export type PointsListQuery = z.infer<typeof pointsListQuerySchema>;

export const clusterSchema = z
  .object({
    type: z.literal('cluster'),
    id: z.string(),
    kind: pointKindSchema,
    count: z.number(),
    location: locationSchema,
    expansionZoom: z.number().meta({ description: 'Zoom at which the cluster splits' }),
  })
  .meta({ id: 'PointCluster' });

export type PointCluster = z.infer<typeof clusterSchema>;

export const createReportBodySchema = z
  .strictObject({
    reason: z.enum(reportReasons),
    note: text({ max: 300, multiline: true }).optional(),
    photo: z
      .string()
      .regex(/^\/api\/v1\/uploads\/[a-f0-9]{24}$/, '请先上传照片')
      .optional()
      .meta({ description: 'URL answered by POST /uploads' }),
  })
  .meta({ id: 'CreatePointReportBody' });

export const updateReportBodySchema = z
  .strictObject({ status: z.enum(['resolved', 'rejected']), reply: text({ min: 1, max: 300, multiline: true }) })
  .meta({ id: 'UpdatePointReportBody' });

export const pointReportSchema = z
  .object({
    id: z.string(),
    pointId: z.string(),
    pointName: z.string(),
    areaCode: z.string(),
    reason: z.enum(reportReasons),
    note: z.string().optional(),
    photo: z.string().optional(),
    status: z.enum(reportStatuses),
    reply: z.string().optional(),
    createdAt: z.string(),
  })
  .meta({ id: 'PointReport' });

export type CreateReportBody = z.infer<typeof createReportBodySchema>;
export type PointReport = z.infer<typeof pointReportSchema>;

export const listReportsQuerySchema = pageQuerySchema
  .extend({ status: z.enum(reportStatuses).optional() })
  .meta({ id: 'ListPointReportsQuery' });

export type ListReportsQuery = z.infer<typeof listReportsQuerySchema>;
