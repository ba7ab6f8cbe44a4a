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
