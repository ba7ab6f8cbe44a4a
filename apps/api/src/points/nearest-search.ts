import type KDBush from 'kdbush';
import { scanBox, type Box } from './kd-scan.js';
import { NearestFirst } from './nearest-first.js';
import type { PointTest } from './point-filter.js';

const EARTH_RADIUS_M = 6_371_008.8;
const DEG = 180 / Math.PI;
const RAD = Math.PI / 180;

/** The first ring: in a town it already holds the nearest few, and a wider one costs a scan of its whole box. */
const FIRST_RING_M = 1000;

/**
 * How much wider the next ring is when `found` of `limit` points are in this one: matches grow with the area, so
 * about sqrt(limit / found) — at least a quarter wider, at most four times.
 */
const growth = (found: number, limit: number) => Math.min(4, Math.max(1.25, 1.1 * Math.sqrt(limit / Math.max(found, 0.5))));

/** The points a scan keeps, reused: a search runs start to end without yielding. */
const hits: number[] = [];

/** Where the points are: lng and lat of point i at 2i and 2i + 1, and the cosine of its latitude at i. */
export interface PointPlaces {
  coords: Float64Array;
  cosLat: Float64Array;
}

/**
 * The points of `trees` (whose ids number `places`) nearest to `origin` that `test` lets through, at most `limit`,
 * nearest first, within about `radiusM` (the caller cuts exactly). The points in the box around a ring are scanned
 * with the test's integer checks in the same pass, only those kept are measured, and the ring widens until `limit`
 * lie inside it or it reaches `radiusM`. geokdbush's nearest-first walk stops sooner but pays a queue entry per
 * point and per node, and under a filter most points it walks fail.
 */
export function nearestWithin(
  trees: readonly KDBush[],
  places: PointPlaces,
  origin: { lng: number; lat: number },
  radiusM: number,
  limit: number,
  test: PointTest,
): number[] {
  const found = new NearestFirst(limit);
  const from = new Haversine(origin, places);
  let inner = -1;
  for (let ring = Math.min(radiusM, FIRST_RING_M); ; ring = Math.min(radiusM, ring * growth(found.ids.length, limit))) {
    hits.length = 0;
    const box = boxAround(origin, ring);
    for (const tree of trees) scanBox(tree, box, test.traits, test.kinds, test.needed, hits);
    const innerH = inner < 0 ? -1 : Haversine.of(inner);
    const ringH = Haversine.of(ring) * 1.000_000_01;
    for (const i of hits) {
      if (!test.openAt(i)) continue;
      const h = from.to(i);
      if (h <= ringH && h > innerH) found.add(i, h);
    }
    if (found.full || ring >= radiusM) return found.ids;
    inner = ring;
  }
}

/**
 * The haversine of the angle from one origin to the points, sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2): it grows with
 * the distance, so it orders and compares the points as `haversineM` would, without its arcsine and square root.
 */
class Haversine {
  private readonly cos: number;
  private readonly coords: Float64Array;
  private readonly cosLat: Float64Array;

  constructor(
    private readonly origin: { lng: number; lat: number },
    places: PointPlaces,
  ) {
    this.cos = Math.cos(origin.lat * RAD);
    this.coords = places.coords;
    this.cosLat = places.cosLat;
  }

  /** The haversine at `m` metres. */
  static of(m: number) {
    return Math.sin(m / EARTH_RADIUS_M / 2) ** 2;
  }

  to(i: number) {
    const dLat = (this.coords[2 * i + 1]! - this.origin.lat) * RAD;
    const dLng = (this.coords[2 * i]! - this.origin.lng) * RAD;
    return Math.sin(dLat / 2) ** 2 + this.cos * this.cosLat[i]! * Math.sin(dLng / 2) ** 2;
  }
}

/**
 * A longitude/latitude box holding every point within `radiusM` of `origin` on the sphere, a little larger for
 * rounding; every longitude when the circle holds a pole or crosses the antimeridian.
 */
export function boxAround(origin: { lng: number; lat: number }, radiusM: number): Box {
  const angle = (radiusM / EARTH_RADIUS_M) * 1.000_001;
  const dLat = angle * DEG;
  const minLat = Math.max(-90, origin.lat - dLat);
  const maxLat = Math.min(90, origin.lat + dLat);
  const sinLng = Math.sin(angle) / Math.cos(origin.lat * RAD);
  const dLng = minLat > -90 && maxLat < 90 && sinLng < 1 ? Math.asin(sinLng) * DEG : 360;
  const [minLng, maxLng] = [origin.lng - dLng, origin.lng + dLng];
  return minLng < -180 || maxLng > 180 ? { minLng: -180, minLat, maxLng: 180, maxLat } : { minLng, minLat, maxLng, maxLat };
}
