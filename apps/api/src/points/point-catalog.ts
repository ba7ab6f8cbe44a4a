import { pointKinds, type Crs, type PointKind } from '@yilu/shared';
import type Supercluster from 'supercluster';
import type { PointRecord } from './point-record.js';
import { buildClusters, MAX_VIEWPORT_FEATURES, SpatialIndex, type BBox, type PointFilter, type ViewportFeature } from './spatial-index.js';

/** From this zoom on a phone screen covers a few streets: answer from the kd-tree. */
const DETAIL_ZOOM = 13;

/**
 * The published points held in memory, with the indexes built from them on demand: the kd-tree after any change,
 * the clusters at most every `clusterRefreshMs` (clustering 200k points takes about a second).
 */
export class PointCatalog {
  private readonly records = new Map<string, PointRecord>();
  private index = new SpatialIndex([]);
  private indexDirty = false;
  private clusters = new Map<PointKind, Supercluster>();
  private clustersDirty = true;
  private clustersBuiltAt = 0;

  constructor(private readonly clusterRefreshMs: number) {}

  get size() {
    return this.records.size;
  }

  get(id: string) {
    return this.records.get(id);
  }

  set(record: PointRecord) {
    this.records.set(record.id, record);
    this.touch();
  }

  delete(id: string) {
    if (this.records.delete(id)) this.touch();
  }

  private touch() {
    this.indexDirty = true;
    this.clustersDirty = true;
  }

  private current(): SpatialIndex {
    if (this.indexDirty) {
      this.index = new SpatialIndex([...this.records.values()]);
      this.indexDirty = false;
    }
    return this.index;
  }

  private currentClusters(): Map<PointKind, Supercluster> {
    if (this.clustersDirty && Date.now() - this.clustersBuiltAt >= this.clusterRefreshMs) {
      const byKind = new Map<PointKind, PointRecord[]>(pointKinds.map((k) => [k, []]));
      for (const r of this.records.values()) byKind.get(r.kind)!.push(r);
      this.clusters = new Map([...byKind].map(([kind, list]) => [kind, buildClusters(list)]));
      this.clustersDirty = false;
      this.clustersBuiltAt = Date.now();
    }
    return this.clusters;
  }

  /** Builds both indexes now (at start-up, so the first request does not pay for it). */
  warm() {
    this.current();
    this.clustersBuiltAt = 0;
    this.currentClusters();
  }

  nearby(lng: number, lat: number, radiusM: number, limit: number, filter: PointFilter) {
    return this.current().nearby(lng, lat, radiusM, limit, filter);
  }

  nearbyJson(lng: number, lat: number, radiusM: number, limit: number, filter: PointFilter, crs: Crs, at: Date) {
    return this.current().nearbyJson(lng, lat, radiusM, limit, filter, crs, at);
  }

  /**
   * Points when at most 300 match in the box, otherwise clusters of the chosen kinds. Wide boxes without amenity
   * or open-now filters go straight to the clusters; close-up or finely filtered ones ask the kd-tree first (it is
   * always current, while clusters may lag a change by `clusterRefreshMs`).
   */
  viewport(box: BBox, zoom: number, filter: PointFilter): ViewportFeature[] {
    if (zoom >= DETAIL_ZOOM || filter.amenities?.length || filter.openNow) {
      const inside = this.current().within(box, filter);
      if (inside.length <= MAX_VIEWPORT_FEATURES) return inside.map((record) => ({ type: 'point', record }));
    }
    const kinds = filter.kinds?.length ? filter.kinds : pointKinds;
    const all = this.currentClusters();
    const features: ViewportFeature[] = [];
    for (const kind of kinds) {
      const cluster = all.get(kind);
      if (!cluster) continue;
      for (const f of cluster.getClusters([box.minLng, box.minLat, box.maxLng, box.maxLat], zoom)) {
        const [lng, lat] = f.geometry.coordinates as [number, number];
        const props = f.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; id?: string };
        if (props.cluster) {
          features.push({
            type: 'cluster',
            id: `${kind}-${props.cluster_id}`,
            kind,
            count: props.point_count!,
            location: { lng, lat },
            expansionZoom: Math.min(cluster.getClusterExpansionZoom(props.cluster_id!), 22),
          });
        } else {
          const record = this.records.get(props.id!);
          if (record) features.push({ type: 'point', record });
        }
      }
    }
    const size = (f: ViewportFeature) => (f.type === 'cluster' ? f.count : 1);
    return features.sort((a, b) => size(b) - size(a)).slice(0, MAX_VIEWPORT_FEATURES);
  }
}
