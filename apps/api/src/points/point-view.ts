import { convertCrs, crsValues, openStateAt, type Crs, type ServicePoint } from '@yilu/shared';
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

interface CachedJson {
  crs: Crs;
  minute: number;
  bytes: Buffer;
}

const jsonCache = new WeakMap<PointRecord, CachedJson>();

const minuteOf = (at: Date) => Math.floor(at.getTime() / 60_000);
const NONE = Buffer.alloc(0);

/**
 * The UTF-8 JSON of `toPointView` without distance and without its outer braces, for an answer to glue with its own
 * fields; kept per record until the minute or the coordinate system changes: the map endpoints send the same
 * points again and again, and building, serialising and encoding them is most of their cost. Records are replaced,
 * never changed, when a point is edited, so a cached answer cannot go stale.
 */
export function pointJson(record: PointRecord, crs: Crs, at: Date): Buffer {
  const minute = minuteOf(at);
  const cached = jsonCache.get(record);
  if (cached?.minute === minute && cached.crs === crs) return cached.bytes;
  const json = JSON.stringify(toPointView(record, crs, at));
  const bytes = Buffer.from(json.slice(1, -1));
  jsonCache.set(record, { crs, minute, bytes });
  return bytes;
}

/**
 * `pointJson` for the points of one index by their number there: typed-array slots per point read in place of a
 * hash lookup and a record read per point, which the nearby answer paid twenty times a request.
 */
export class PointJsons {
  private readonly bytes: Buffer[];
  /** The minute and coordinate system (the index in crsValues, plus one) of bytes[i]; 0 when none yet. */
  private readonly minutes: Float64Array;
  private readonly systems: Uint8Array;

  constructor(private readonly records: readonly PointRecord[]) {
    this.bytes = new Array<Buffer>(records.length).fill(NONE);
    this.minutes = new Float64Array(records.length);
    this.systems = new Uint8Array(records.length);
  }

  get(i: number, crs: Crs, at: Date): Buffer {
    const minute = minuteOf(at);
    const system = crsValues.indexOf(crs) + 1;
    if (this.minutes[i] === minute && this.systems[i] === system) return this.bytes[i]!;
    this.bytes[i] = pointJson(this.records[i]!, crs, at);
    this.minutes[i] = minute;
    this.systems[i] = system;
    return this.bytes[i];
  }
}
