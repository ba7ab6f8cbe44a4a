import {
  amenities,
  crsValues,
  latSchema,
  lngSchema,
  MAX_NEAR_LIMIT,
  MAX_RADIUS_M,
  parseDecimal,
  parseDecimalList,
  pointKinds,
  type PointsMapQuery,
} from '@yilu/shared';

/** Letters, digits and `_ . , - = &`: nothing a query parser would decode, so no percent-encoding can be broken. */
const PLAIN = /^[\w.,=&-]*$/;

const kindSet = new Set<string>(pointKinds);
const amenitySet = new Set<string>(amenities);
const crsSet = new Set<string>(crsValues);
const booleans = new Map([
  ['true', true],
  ['1', true],
  ['false', false],
  ['0', false],
]);
const [minLng, maxLng, minLat, maxLat] = [lngSchema.minValue!, lngSchema.maxValue!, latSchema.minValue!, latSchema.maxValue!];

type Fields = Partial<Record<keyof PointsMapQuery, unknown>>;

const whole = (v: string, min: number, max: number) => {
  const n = parseDecimal(v);
  return n !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

const list = (v: string, allowed: Set<string>) => {
  const items = v.split(',').filter(Boolean);
  return v.length <= 400 && items.every((k) => allowed.has(k)) ? items : undefined;
};

/** Each field of the map query read as `pointsMapQuerySchema` reads it, or undefined where it would refuse it. */
const readers: Record<keyof PointsMapQuery, (v: string) => unknown> = {
  near: (v) => {
    const n = v.length <= 60 ? parseDecimalList(v, 2) : undefined;
    return n && n[0]! >= minLng && n[0]! <= maxLng && n[1]! >= minLat && n[1]! <= maxLat ? { lng: n[0], lat: n[1] } : undefined;
  },
  bbox: (v) => {
    const n = v.length <= 120 ? parseDecimalList(v, 4) : undefined;
    if (!n) return undefined;
    const [minLng, minLat, maxLng, maxLat] = n as [number, number, number, number];
    const valid = minLng >= -180 && maxLng <= 180 && minLat >= -90 && maxLat <= 90 && minLng < maxLng && minLat < maxLat;
    return valid ? { minLng, minLat, maxLng, maxLat } : undefined;
  },
  radius: (v) => whole(v, 1, MAX_RADIUS_M),
  limit: (v) => whole(v, 1, MAX_NEAR_LIMIT),
  zoom: (v) => whole(v, 0, 22),
  kinds: (v) => list(v, kindSet),
  amenities: (v) => list(v, amenitySet),
  openNow: (v) => booleans.get(v),
  crs: (v) => (crsSet.has(v) ? v : undefined),
};

/**
 * The map query of a plain, valid query string (`near=87.62,43.83&radius=5000&kinds=charging`), read without
 * URLSearchParams and zod, which cost more than answering it; undefined for anything else — an encoded or
 * repeated parameter, an unknown one, a value the schema refuses — which then goes to `pointsMapQuerySchema`, so
 * the answer and every refusal stay the schema's. A test checks the two agree.
 */
export function readMapQuery(query: string): PointsMapQuery | undefined {
  if (!PLAIN.test(query)) return undefined;
  const fields: Fields = {};
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq) as keyof PointsMapQuery;
    if (eq < 0 || !Object.hasOwn(readers, key) || key in fields) return undefined;
    const value = readers[key](pair.slice(eq + 1));
    if (value === undefined) return undefined;
    fields[key] = value;
  }
  if (!fields.near === !fields.bbox) return undefined;
  return { radius: 5000, limit: 50, zoom: 12, crs: 'wgs84', ...fields } as PointsMapQuery;
}
