import KDBush from 'kdbush';
import Supercluster from 'supercluster';
import { haversineM, type Crs, type PointKind } from '@yilu/shared';
import type { Box } from './kd-scan.js';
import { nearestWithin, type PointPlaces } from './nearest-search.js';
import { PointFilters, type PointFilter } from './point-filter.js';
import type { PointRecord } from './point-record.js';
import { PointJsons } from './point-view.js';

export type { PointFilter } from './point-filter.js';

export type BBox = Box;

export type ViewportFeature =
  | { type: 'cluster'; id: string; kind: PointKind; count: number; location: { lng: number; lat: number }; expansionZoom: number }
  | { type: 'point'; record: PointRecord };

export const MAX_VIEWPORT_FEATURES = 300;

/** Up to this many kinds, a query scans their own trees; more, and the tree of all points costs fewer walks. */
const MAX_KIND_TREES = 3;

/** A kd-tree of the locations; kdbush needs one item, so an empty list gets a stand-in queries never reach. */
function tree(locations: { lng: number; lat: number }[]): KDBush {
  const kd = new KDBush(Math.max(locations.length, 1));
  for (const p of locations) kd.add(p.lng, p.lat);
  if (!locations.length) kd.add(0, 0);
  return kd.finish();
}

/**
 * Nearby and viewport queries over published points, in memory: a kdbush tree for nearest-first search and
 * bounding boxes (see nearest-search.ts), supercluster for clusters at low zoom. Immutable: a change builds a new
 * index.
 */
export class SpatialIndex {
  readonly size: number;
  /** The points in the kd-tree's order: record i is the tree's item i (see the constructor). */
  private readonly records: PointRecord[];
  private readonly filters: PointFilters;
  private readonly jsons: PointJsons;
  private readonly kd: KDBush;
  private readonly places: PointPlaces;
  /** Per kind, a tree of its points, whose ids are their numbers in `kd`: a query for a few kinds scans only them. */
  private readonly kindTrees = new Map<PointKind, KDBush | undefined>();

  constructor(records: PointRecord[]) {
    this.size = records.length;
    this.kd = tree(records.map((r) => r.location));
    // The points renumbered in the tree's order, so a neighbourhood's points sit together in memory: a query reads
    // a word and two coordinates per point of its box, and read in the original order (points interleaved city by
    // city) nearly every read missed the CPU's caches.
    const order = this.kd.ids.slice(0, records.length) as Uint32Array;
    for (let i = 0; i < this.kd.ids.length; i++) this.kd.ids[i] = i;
    this.records = Array.from(order, (id) => records[id]!);
    const coords = this.kd.coords as Float64Array;
    this.places = { coords, cosLat: new Float64Array(records.length).map((_, i) => Math.cos((coords[2 * i + 1]! * Math.PI) / 180)) };
    this.filters = new PointFilters(records, order);
    this.jsons = new PointJsons(this.records);
  }

  /** The tree of one kind's points, their ids set to their numbers in the tree of all; built when first asked for. */
  private kindTree(kind: PointKind): KDBush | undefined {
    if (!this.kindTrees.has(kind)) {
      const list: number[] = [];
      for (let i = 0; i < this.size; i++) if (this.filters.kindOf(i) === kind) list.push(i);
      const { coords } = this.places;
      const kindTree = list.length ? tree(list.map((i) => ({ lng: coords[2 * i]!, lat: coords[2 * i + 1]! }))) : undefined;
      kindTree?.ids.forEach((id, k, ids) => (ids[k] = list[id]!));
      this.kindTrees.set(kind, kindTree);
    }
    return this.kindTrees.get(kind);
  }

  /** Nearest first within `radiusM` (by `haversineM`), at most `limit`, each with its distance in metres rounded. */
  nearby(lng: number, lat: number, radiusM: number, limit: number, filter: PointFilter = {}) {
    return this.nearest(lng, lat, radiusM, limit, filter).map(({ i, distanceM }) => ({ record: this.records[i]!, distanceM }));
  }

  /** `nearby` with each point as its JSON (`pointJson`) in `crs` at `at`. */
  nearbyJson(lng: number, lat: number, radiusM: number, limit: number, filter: PointFilter, crs: Crs, at: Date) {
    return this.nearest(lng, lat, radiusM, limit, filter).map(({ i, distanceM }) => ({ json: this.jsons.get(i, crs, at), distanceM }));
  }

  private nearest(lng: number, lat: number, radiusM: number, limit: number, filter: PointFilter) {
    if (!this.size) return [];
    const origin = { lng, lat };
    const found: { i: number; distanceM: number }[] = [];
    const { coords } = this.places;
    for (const i of nearestWithin(this.treesFor(filter.kinds), this.places, origin, radiusM, limit, this.filters.matcher(filter))) {
      const d = haversineM(origin, { lng: coords[2 * i]!, lat: coords[2 * i + 1]! });
      if (d <= radiusM) found.push({ i, distanceM: Math.round(d) });
    }
    return found;
  }

  /** The trees to scan: those of the kinds asked for when they are a few, else the tree of all points. */
  private treesFor(kinds: readonly PointKind[] | undefined): KDBush[] {
    if (!kinds?.length || kinds.length > MAX_KIND_TREES) return [this.kd];
    return [...new Set(kinds)].flatMap((kind) => this.kindTree(kind) ?? []);
  }

  /** Matching points inside a bounding box. */
  within(box: BBox, filter: PointFilter = {}): PointRecord[] {
    if (!this.size) return [];
    const test = this.filters.matcher(filter);
    const ids = this.kd.range(box.minLng, box.minLat, box.maxLng, box.maxLat);
    return (test.everything ? ids : ids.filter((i) => test.matches(i))).map((i) => this.records[i]!);
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
