import { convertCrs, openStateAt, type Crs, type ServicePoint } from '@yilu/shared';
import type { PointRecord } from './point-record.js';

/** The answer for one point: its location in the requested system, whether it is open now, and distance. */
export function toPointView(record: PointRecord, crs: Crs, at: Date, distanceM?: number): ServicePoint {
  const { createdAt: _createdAt, ...rest } = record;
  const state = openStateAt(record.hours, at);
  return {
    ...rest,
    location: convertCrs(record.location, 'wgs84', crs),
    crs,
    openNow: state.open,
    ...(state.closesAt ? { closesAt: state.closesAt, closesNextDay: Boolean(state.closesNextDay) } : {}),
    ...(distanceM === undefined ? {} : { distanceM }),
  };
}

const jsonCache = new WeakMap<PointRecord, { key: string; bytes: Buffer }>();

/**
 * The UTF-8 JSON of `toPointView` without distance, kept per record until the minute or the coordinate system
 * changes: the map endpoints send the same points again and again, and building, serialising and encoding them
 * is most of their cost. Records are replaced, never changed, when a point is edited, so a cached answer cannot
 * go stale.
 */
export function pointJson(record: PointRecord, crs: Crs, at: Date): Buffer {
  const key = `${crs}|${Math.floor(at.getTime() / 60_000)}`;
  const cached = jsonCache.get(record);
  if (cached?.key === key) return cached.bytes;
  const bytes = Buffer.from(JSON.stringify(toPointView(record, crs, at)));
  jsonCache.set(record, { key, bytes });
  return bytes;
}
