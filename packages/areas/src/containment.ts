import gcoordImport from 'gcoord';
import { allDistricts, currentOf, districtsOf, type District } from './districts.js';
import { distanceToBboxM, distanceToEdgesM, polygonContains } from './geometry.js';
import { UNITS_PER_DEGREE } from './table.js';

/**
 * How far outside its district's outline a place may lie and still count as inside. The outlines are drawn at
 * 1/1024 degree (about 100 m) and simplified by one more unit; compared with OpenStreetMap's coastline, half of
 * their vertices lie within 250 m and three quarters within 700 m (mostly reclaimed land) — see
 * docs/decisions/0012-district-outlines.md. 500 m lets a point on a border street pass and still refuses a pin in
 * the wrong district, let alone the wrong city.
 */
export const AREA_TOLERANCE_M = 500;

export interface LngLat {
  lng: number;
  lat: number;
}

type Gcoord = typeof gcoordImport extends { default: infer D } ? D : typeof gcoordImport;
const gcoord = gcoordImport as unknown as Gcoord;

/** A WGS-84 position in the table's units (GCJ-02, 1/1024 degree, not rounded). */
export function toUnits(p: LngLat): [number, number] {
  const [lng, lat] = gcoord.transform([p.lng, p.lat], gcoord.WGS84, gcoord.GCJ02);
  return [lng * UNITS_PER_DEGREE, lat * UNITS_PER_DEGREE];
}

export interface Placement {
  /** Inside the outline, or at most AREA_TOLERANCE_M outside it. */
  inside: boolean;
  /** 0 inside the outline; otherwise the distance to it (a lower bound when it is more than a few km). */
  distanceM: number;
}

function placementIn(districts: District[], x: number, y: number): Placement {
  let distanceM = Infinity;
  for (const d of districts) {
    const toBox = distanceToBboxM(d.bbox, x, y);
    if (toBox > AREA_TOLERANCE_M) {
      distanceM = Math.min(distanceM, toBox);
      continue;
    }
    if (d.polygons.some((p) => polygonContains(p, x, y))) return { inside: true, distanceM: 0 };
    distanceM = Math.min(distanceM, distanceToEdgesM(d.polygons, x, y));
  }
  return { inside: distanceM <= AREA_TOLERANCE_M, distanceM };
}

/** Where a WGS-84 position lies relative to an area code's outline; null when the table knows nothing of the code. */
export function placeInArea(p: LngLat, areaCode: string): Placement | null {
  const districts = districtsOf(areaCode);
  if (!districts.length) return null;
  const [x, y] = toUnits(p);
  return placementIn(districts, x, y);
}

/** The district whose outline holds a WGS-84 position (strictly, without tolerance), by its current code, if any. */
export function districtAt(p: LngLat): { code: string; name: string } | null {
  const [x, y] = toUnits(p);
  for (const { record, district } of allDistricts()) {
    const [minX, minY, maxX, maxY] = record.bbox;
    if (x < minX || x > maxX || y < minY || y > maxY) continue;
    if (district().polygons.some((poly) => polygonContains(poly, x, y)))
      return currentOf(record.code) ?? { code: record.code, name: record.name };
  }
  return null;
}
