import { z } from 'zod';
import './locale.js';
import { areaCodeSchema } from './area.js';
import { queryNumber } from './decimal.js';
import { bboxParam, crsSchema } from './points.js';
import { text } from './text.js';

/** The widest map view the outline layer draws (degrees); a wider one is a zoom level where outlines are noise. */
export const MAX_OUTLINE_VIEW_DEG = 30;

export const areaParamsSchema = z.strictObject({ areaCode: areaCodeSchema });

export const areaQuerySchema = z.strictObject({ crs: crsSchema });

/** `GET /areas?bbox=&zoom=`: the district outlines a map view touches, simplified for its zoom. */
export const areasViewQuerySchema = z
  .strictObject({
    bbox: bboxParam,
    zoom: queryNumber(z.number().int().min(6, '缩放级别须在 6 到 18 之间').max(18, '缩放级别须在 6 到 18 之间')),
    crs: crsSchema,
  })
  .refine((q) => q.bbox.maxLng - q.bbox.minLng <= MAX_OUTLINE_VIEW_DEG && q.bbox.maxLat - q.bbox.minLat <= MAX_OUTLINE_VIEW_DEG, {
    message: `地图范围过大：宽和高都不能超过 ${MAX_OUTLINE_VIEW_DEG} 度，请放大地图`,
    path: ['bbox'],
  })
  .meta({ id: 'AreasViewQuery' });

/** `GET /geocode?address=`: candidates for an address, in `crs`. */
export const geocodeQuerySchema = z.strictObject({ address: text({ min: 2, max: 120 }), crs: crsSchema }).meta({ id: 'GeocodeQuery' });

export type AreasViewQuery = z.infer<typeof areasViewQuerySchema>;
export type GeocodeQuery = z.infer<typeof geocodeQuerySchema>;
