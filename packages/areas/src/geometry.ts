import { clipPolygon, type Point } from 'lineclip';
import pointInPolygon from 'point-in-polygon-hao';
import type { Ring } from './encoding.js';
import { UNITS_PER_DEGREE } from './table.js';

/** Metres per degree of latitude (mean Earth radius), as haversineM in @yilu/shared uses. */
const M_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;
const M_PER_UNIT = M_PER_DEGREE / UNITS_PER_DEGREE;

export type Polygon = Ring[];
export type Bbox = [minX: number, minY: number, maxX: number, maxY: number];

const toPairs = (ring: Ring) => Array.from({ length: ring.length / 2 }, (_, i) => [ring[2 * i]!, ring[2 * i + 1]!]);
const pairsCache = new WeakMap<Ring, number[][]>();
const pairsOf = (ring: Ring) => pairsCache.get(ring) ?? pairsCache.set(ring, toPairs(ring)).get(ring)!;

/** Inside the outer ring and in none of its holes; a point on an edge counts as inside. */
export function polygonContains(polygon: Polygon, x: number, y: number): boolean {
  return pointInPolygon([x, y], polygon.map(pairsOf)) !== false;
}

/**
 * Distance in metres from a point to the nearest edge of any ring, on a plane tangent at the point (east-west
 * scaled by cos(latitude)): within 0.1 % for the few kilometres that matter here.
 */
export function distanceToEdgesM(polygons: Polygon[], x: number, y: number): number {
  const k = Math.cos((y / UNITS_PER_DEGREE) * (Math.PI / 180));
  let best = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 2; i < ring.length; i += 2) {
        const ax = (ring[i - 2]! - x) * k;
        const ay = ring[i - 1]! - y;
        const dx = (ring[i]! - x) * k - ax;
        const dy = ring[i + 1]! - y - ay;
        const lengthSq = dx * dx + dy * dy;
        const t = lengthSq ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSq)) : 0;
        const d = Math.hypot(ax + t * dx, ay + t * dy);
        if (d < best) best = d;
      }
    }
  }
  return best * M_PER_UNIT;
}

/** Metres from a point to a box (0 inside it): a lower bound of the distance to anything in the box. */
export function distanceToBboxM([minX, minY, maxX, maxY]: Bbox, x: number, y: number): number {
  const k = Math.cos((y / UNITS_PER_DEGREE) * (Math.PI / 180));
  const dx = Math.max(minX - x, 0, x - maxX) * k;
  const dy = Math.max(minY - y, 0, y - maxY);
  return Math.hypot(dx, dy) * M_PER_UNIT;
}

export const bboxesMeet = (a: Bbox, b: Bbox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * A polygon cut to a box (Sutherland–Hodgman, by lineclip): each ring keeps only what lies inside, with the box's edge
 * where it was cut, closed. A hole left with under three corners goes; so does the polygon, when its outer ring does.
 */
export function clipToBbox(polygon: Polygon, box: Bbox): Polygon | null {
  const [outer, ...holes] = polygon.map((ring): Ring | null => {
    const cut = clipPolygon(pairsOf(ring) as Point[], box);
    if (cut.length < 3) return null;
    // Closed again, as the rings came, where the cut ended it elsewhere.
    const [first, last] = [cut[0]!, cut.at(-1)!];
    if (first[0] !== last[0] || first[1] !== last[1]) cut.push(first);
    return Int32Array.from(cut.flat());
  });
  return outer ? [outer, ...holes.filter((h): h is Ring => h !== null)] : null;
}
