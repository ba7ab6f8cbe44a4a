import KDBush from 'kdbush';
import { around } from 'geokdbush';
import Supercluster from 'supercluster';
import { amenities as allAmenities, haversineM, openStateAt, type Amenity, type PointKind } from '@yilu/shared';
import type { PointRecord } from './point-record.js';

export interface PointFilter {
  kinds?: PointKind[];
  amenities?: Amenity[];
  openNow?: boolean;
  at?: Date;
}

export interface BBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

export type ViewportFeature =
  | { type: 'cluster'; id: string; kind: PointKind; count: number; location: { lng: number; lat: number }; expansionZoom: number }
  | { type: 'point'; record: PointRecord };

export const MAX_VIEWPORT_FEATURES = 300;

const amenityBit = new Map(allAmenities.map((a, i) => [a, 1 << i]));
const maskOf = (list: readonly Amenity[]) => list.reduce((m, a) => m | (amenityBit.get(a) ?? 0), 0);

/**
 * Nearby and viewport queries over published points, in memory: kdbush + geokdbush for nearest-first search
 * and bounding boxes, supercluster for clusters at low zoom. Immutable: a change builds a new index.
 */
export class SpatialIndex {
  readonly size: number;
  private readonly records: PointRecord[];
  private readonly masks: Uint32Array;
  /** lng, lat of record i at 2i, 2i+1: distances read this flat array, not the scattered record objects. */
  private readonly coords: Float64Array;
  private readonly kd: KDBush;

  constructor(records: PointRecord[]) {
    this.records = records;
    this.size = records.length;
    this.masks = new Uint32Array(records.length);
    this.coords = new Float64Array(records.length * 2);
    this.kd = new KDBush(Math.max(records.length, 1));
    records.forEach((r, i) => {
      this.masks[i] = maskOf(r.amenities);
      this.coords[2 * i] = r.location.lng;
      this.coords[2 * i + 1] = r.location.lat;
      this.kd.add(r.location.lng, r.location.lat);
    });
    if (!records.length) this.kd.add(0, 0); // kdbush needs one item; queries return early when empty
    this.kd.finish();
  }

  /** A predicate for geokdbush/kdbush, or undefined when nothing filters (the fast path). */
  private matcher(filter: PointFilter): ((i: number) => boolean) | undefined {
    if (!filter.kinds?.length && !filter.amenities?.length && !filter.openNow) return undefined;
    const kinds = filter.kinds?.length ? new Set(filter.kinds) : null;
    const mask = filter.amenities?.length ? maskOf(filter.amenities) : 0;
    const at = filter.at ?? new Date();
    return (i) => {
      const r = this.records[i]!;
      if (kinds && !kinds.has(r.kind)) return false;
      if (mask && (this.masks[i]! & mask) !== mask) return false;
      if (filter.openNow && !openStateAt(r.hours, at).open) return false;
      return true;
    };
  }

  /** Nearest first within `radiusM`, at most `limit`, each with its distance in metres. */
  nearby(lng: number, lat: number, radiusM: number, limit: number, filter: PointFilter = {}) {
    if (!this.size) return [];
    const ids = around(this.kd, lng, lat, limit, radiusM / 1000, this.matcher(filter));
    const origin = { lng, lat };
    return ids.map((i) => ({
      record: this.records[i]!,
      distanceM: Math.round(haversineM(origin, { lng: this.coords[2 * i]!, lat: this.coords[2 * i + 1]! })),
    }));
  }

  /** Matching points inside a bounding box. */
  within(box: BBox, filter: PointFilter = {}): PointRecord[] {
    if (!this.size) return [];
    const match = this.matcher(filter);
    const ids = this.kd.range(box.minLng, box.minLat, box.maxLng, box.maxLat);
    return (match ? ids.filter(match) : ids).map((i) => this.records[i]!);
  }
}

/** Clusters for one kind of point; built separately because clustering 200k points takes about a second. */
export function buildClusters(records: PointRecord[]): Supercluster {
  const index = new Supercluster({ radius: 60, maxZoom: 16, minPoints: 3 });
  index.load(
    records.map((r) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [r.location.lng, r.location.lat] },
      properties: { id: r.id },
    })),
  );
  return index;
}
