import { Types, trusted } from 'mongoose';
import type { Logger } from 'pino';
import type { Models } from '../db/connection.js';
import { PointCatalog } from './point-catalog.js';
import { toRecord } from './point-record.js';

export interface PointStoreOptions {
  /** How often to read the change log written by every instance. */
  pollMs: number;
  /** Clusters are rebuilt at most this often. */
  clusterRefreshMs: number;
}

/** Changes newer than this are read again on every poll, so ids made by other instances' clocks are not missed. */
const OVERLAP_S = 10;
const CHANGE_LOG_KEEP_S = 600;

type PointDoc = Parameters<typeof toRecord>[0];
const isServed = (doc: { status?: string | null; deletedAt?: Date | null }) => doc.status === 'published' && !doc.deletedAt;
const recentChanges = () => ({ _id: trusted({ $gt: Types.ObjectId.createFromTime(Math.floor(Date.now() / 1000) - OVERLAP_S) }) });

/**
 * Keeps this instance's PointCatalog equal to the database. Every write appends to the `point_changes` log, which
 * every instance polls by `_id` (the one filter FerretDB v1 answers from an index), so a write through any
 * instance is served by all within about a second.
 */
export function createPointStore(models: Models, logger: Logger, options: PointStoreOptions) {
  const catalog = new PointCatalog(options.clusterRefreshMs);
  const seenChanges = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let polls = 0;
  let polling: Promise<void> | null = null;

  async function refresh(pointId: string) {
    const doc = await models.Point.findById(pointId).lean<PointDoc>();
    if (doc && isServed(doc)) catalog.set(toRecord(doc));
    else catalog.delete(pointId);
  }

  async function poll() {
    const touched = new Set<string>();
    for (const change of await models.PointChange.find(recentChanges()).sort({ _id: 1 }).lean()) {
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

  return {
    catalog,
    async start() {
      // What is already in the log is covered by the full load that follows.
      for (const c of await models.PointChange.find(recentChanges()).lean()) seenChanges.set(c._id.toString(), Date.now());
      const docs = await models.Point.find({ status: 'published', deletedAt: trusted({ $exists: false }) }).lean<PointDoc[]>();
      for (const doc of docs) catalog.set(toRecord(doc));
      catalog.warm();
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
  };
}
