import { Types, trusted } from 'mongoose';
import type { Logger } from 'pino';
import { pointKinds, type PointKind } from '@yilu/shared';
import type Supercluster from 'supercluster';
import type { Models } from '../db/connection.js';
import { toRecord, type PointRecord } from './point-record.js';
import { buildClusters, MAX_VIEWPORT_FEATURES, SpatialIndex, type BBox, type PointFilter, type ViewportFeature } from './spatial-index.js';

export interface PointStoreOptions {
  /** How often to read the change log written by every instance. */
  pollMs: number;
  /** Clusters are rebuilt at most this often (clustering 200k points takes about a second). */
  clusterRefreshMs: number;
}

/** Changes newer than this are read again on every poll, so ids made by other instances' clocks are not missed. */
const OVERLAP_S = 10;
const CHANGE_LOG_KEEP_S = 600;

const isServed = (doc: { status?: string | null; deletedAt?: Date | null }) => doc.status === 'published' && !doc.deletedAt;

/**
 * The published points of the whole country, held in memory and served from a spatial index. Every API instance
 * keeps one; each write appends to the `point_changes` log, which every instance polls by `_id` (the one filter
 * FerretDB v1 answers from an index), so a write through any instance is served by all within about a second.
 */
export function createPointStore(models: Models, logger: Logger, options: PointStoreOptions) {
  const records = new Map<string, PointRecord>();
  let index = new SpatialIndex([]);
  let indexDirty = false;
  let clusters = new Map<PointKind, Supercluster>();
  let clustersDirty = true;
  let clustersBuiltAt = 0;
  const seenChanges = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let polls = 0;
  let polling: Promise<void> | null = null;

  function put(doc: Parameters<typeof toRecord>[0] | null, id: string) {
    if (doc && isServed(doc)) records.set(id, toRecord(doc));
    else records.delete(id);
    indexDirty = true;
    clustersDirty = true;
  }

  async function refresh(pointId: string) {
    put(await models.Point.findById(pointId).lean<Parameters<typeof toRecord>[0]>(), pointId);
  }

  async function poll() {
    const since = Types.ObjectId.createFromTime(Math.floor(Date.now() / 1000) - OVERLAP_S);
    const changes = await models.PointChange.find({ _id: trusted({ $gt: since }) }).sort({ _id: 1 }).lean();
    const touched = new Set<string>();
    for (const change of changes) {
      const key = change._id.toString();
      if (seenChanges.has(key)) continue;
      seenChanges.set(key, Date.now());
      touched.add(change.pointId.toString());
    }
    for (const id of touched) await refresh(id);
    const cutoff = Date.now() - (OVERLAP_S + 5) * 1000;
    for (const [key, at] of seenChanges) if (at < cutoff) seenChanges.delete(key);
    if (++polls % 60 === 0) {
      const old = Types.ObjectId.createFromTime(Math.floor(Date.now() / 1000) - CHANGE_LOG_KEEP_S);
      await models.PointChange.deleteMany({ _id: trusted({ $lt: old }) });
    }
  }

  function current(): SpatialIndex {
    if (indexDirty) {
      index = new SpatialIndex([...records.values()]);
      indexDirty = false;
    }
    return index;
  }

  function currentClusters(): Map<PointKind, Supercluster> {
    if (clustersDirty && Date.now() - clustersBuiltAt >= options.clusterRefreshMs) {
      const byKind = new Map<PointKind, PointRecord[]>(pointKinds.map((k) => [k, []]));
      for (const r of records.values()) byKind.get(r.kind)!.push(r);
      clusters = new Map([...byKind].map(([kind, list]) => [kind, buildClusters(list)]));
      clustersDirty = false;
      clustersBuiltAt = Date.now();
    }
    return clusters;
  }

  return {
    async start() {
      const docs = await models.Point.find({ status: 'published', deletedAt: trusted({ $exists: false }) }).lean<Parameters<typeof toRecord>[0][]>();
      for (const doc of docs) records.set(doc._id.toString(), toRecord(doc));
      indexDirty = true;
      // Mark what is already in the log as seen: the initial load has it.
      const since = Types.ObjectId.createFromTime(Math.floor(Date.now() / 1000) - OVERLAP_S);
      for (const c of await models.PointChange.find({ _id: trusted({ $gt: since }) }).lean()) seenChanges.set(c._id.toString(), Date.now());
      current();
      timer = setInterval(() => {
        polling ??= poll()
          .catch((error) => logger.warn({ err: error }, 'point change poll failed'))
          .finally(() => {
            polling = null;
          });
      }, options.pollMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
    },
    /** Records a write: appends to the shared change log and updates this instance at once. */
    async changed(pointId: Types.ObjectId) {
      const change = await models.PointChange.create({ pointId });
      seenChanges.set(change._id.toString(), Date.now());
      await refresh(pointId.toString());
    },
    get: (id: string) => records.get(id),
    get size() {
      return records.size;
    },
    nearby: (lng: number, lat: number, radiusM: number, limit: number, filter: PointFilter) =>
      current().nearby(lng, lat, radiusM, limit, filter),

    /** Points when at most 300 match in the box, otherwise clusters of the chosen kinds. */
    viewport(box: BBox, zoom: number, filter: PointFilter): ViewportFeature[] {
      const inside = current().within(box, filter);
      if (inside.length <= MAX_VIEWPORT_FEATURES) return inside.map((record) => ({ type: 'point', record }));
      const kinds = filter.kinds?.length ? filter.kinds : pointKinds;
      const all = currentClusters();
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
            const record = records.get(props.id!);
            if (record) features.push({ type: 'point', record });
          }
        }
      }
      const size = (f: ViewportFeature) => (f.type === 'cluster' ? f.count : 1);
      return features.sort((a, b) => size(b) - size(a)).slice(0, MAX_VIEWPORT_FEATURES);
    },
  };
}

export type PointStore = ReturnType<typeof createPointStore>;
