import { amenities, localTime, openMinutesOn, pointKinds, type Amenity, type PointKind } from '@yilu/shared';
import type { PointRecord } from './point-record.js';

export interface PointFilter {
  kinds?: PointKind[];
  amenities?: Amenity[];
  openNow?: boolean;
  at?: Date;
}

// One 32-bit word per point: a bit for its kind (one more for a kind this code does not know), one per amenity,
// one when it never closes.
const kindBit = new Map(pointKinds.map((k, i) => [k, 1 << i]));
const kindOfBit = new Map(pointKinds.map((k, i) => [1 << i, k]));
const OTHER_KIND = 1 << pointKinds.length;
const ANY_KIND = (OTHER_KIND << 1) - 1;
const amenityBit = new Map(amenities.map((a, i) => [a, OTHER_KIND << (1 + i)]));
const ALWAYS_OPEN = OTHER_KIND << (1 + amenities.length);

const NOT_YET = -(2 ** 31);
/** Open spans of a day kept in the point's own slots; a day with more (rare) is kept aside. */
const INLINE_SPANS = 3;
const ASIDE = 255;

const bitsOf = <T>(bits: Map<T, number>, list: readonly T[]) => list.reduce((m, v) => m | (bits.get(v) ?? 0), 0);

interface LocalNow {
  local: ReturnType<typeof localTime>;
  /** The local date as days since 1970-01-01. */
  day: number;
  minute: number;
}

function localNow(at: Date, timezone: string): LocalNow {
  const local = localTime(at, timezone);
  return { local, day: Date.parse(`${local.date}T00:00:00Z`) / 86_400_000, minute: local.minute };
}

/**
 * The filters of the map queries over one immutable list of points, compiled to integer tests: kinds and amenities
 * are two ANDs on a word per point, and "open now" compares the local minute with the minutes the point is open
 * that day — worked out the first time a query asks about the point on a local day, then kept.
 */
export class PointFilters {
  /** Point i's word of kind, amenity and always-open bits. */
  readonly traits: Uint32Array;
  private readonly timezoneOf: Uint16Array;
  private readonly timezones: string[] = [];
  /** The local day the open spans are for, NOT_YET before the first question. */
  private readonly openDay: Int32Array;
  /** Point i's open spans that day, [from, to) in minutes, at 2 * INLINE_SPANS * i; their count in `spanCount`. */
  private readonly spans: Uint16Array;
  private readonly spanCount: Uint8Array;
  private readonly spansAside = new Map<number, number[]>();
  private locals: { minute: number; days: LocalNow[] } = { minute: Number.NaN, days: [] };

  /**
   * Point i is `records[order[i]]`. The records are read in their own order, the order they were made in and lie
   * in memory: read in the index's order, nearly every field read missed the CPU's caches, six times slower.
   */
  constructor(
    private readonly records: readonly PointRecord[],
    private readonly order: Uint32Array,
  ) {
    this.traits = new Uint32Array(records.length);
    this.timezoneOf = new Uint16Array(records.length);
    this.openDay = new Int32Array(records.length).fill(NOT_YET);
    this.spans = new Uint16Array(records.length * 2 * INLINE_SPANS);
    this.spanCount = new Uint8Array(records.length);
    const numberOf = new Uint32Array(records.length);
    order.forEach((record, i) => (numberOf[record] = i));
    const zones = new Map<string, number>();
    records.forEach((r, k) => {
      const i = numberOf[k]!;
      let amenities = 0;
      for (const a of r.amenities) amenities |= amenityBit.get(a) ?? 0;
      this.traits[i] = (kindBit.get(r.kind) ?? OTHER_KIND) | amenities | (r.hours.alwaysOpen ? ALWAYS_OPEN : 0);
      let zone = zones.get(r.hours.timezone);
      if (zone === undefined) zones.set(r.hours.timezone, (zone = this.timezones.push(r.hours.timezone) - 1));
      this.timezoneOf[i] = zone;
    });
  }

  /** Point i's kind, read from its word. */
  kindOf(i: number): PointKind | undefined {
    return kindOfBit.get(this.traits[i]! & ANY_KIND);
  }

  /** The test of one query's filter. */
  matcher(filter: PointFilter): PointTest {
    const kinds = filter.kinds?.length ? bitsOf(kindBit, filter.kinds) : ANY_KIND;
    const needed = bitsOf(amenityBit, filter.amenities ?? []);
    return new PointTest(this, kinds, needed, filter.openNow ? this.localDays(filter.at ?? new Date()) : undefined);
  }

  /** Whether point i is open at `days` (the local times of the time zones), or `days` is undefined. */
  openAt(i: number, days: LocalNow[] | undefined): boolean {
    return !days || (this.traits[i]! & ALWAYS_OPEN) !== 0 || this.isOpen(i, days[this.timezoneOf[i]!]!);
  }

  /** The local day and minute in each time zone the points use, at `at` (kept for the rest of the minute). */
  private localDays(at: Date) {
    const minute = Math.floor(at.getTime() / 60_000);
    if (this.locals.minute !== minute) this.locals = { minute, days: this.timezones.map((zone) => localNow(at, zone)) };
    return this.locals.days;
  }

  // The spans sit in typed arrays beside the point's other words: an array of them per point was a pointer to
  // follow per point checked, a cache miss each, and a quarter of a filtered query's time.
  private isOpen(i: number, now: LocalNow): boolean {
    if (this.openDay[i] !== now.day) this.keepSpans(i, now);
    const count = this.spanCount[i]!;
    if (count === ASIDE) return inSpans(this.spansAside.get(i)!, 0, this.spansAside.get(i)!.length, now.minute);
    return inSpans(this.spans, 2 * INLINE_SPANS * i, 2 * (INLINE_SPANS * i + count), now.minute);
  }

  private keepSpans(i: number, now: LocalNow) {
    const spans = openMinutesOn(this.records[this.order[i]!]!.hours, now.local);
    this.openDay[i] = now.day;
    this.spansAside.delete(i);
    if (spans.length > 2 * INLINE_SPANS) {
      this.spanCount[i] = ASIDE;
      this.spansAside.set(i, spans);
    } else {
      this.spanCount[i] = spans.length / 2;
      this.spans.set(spans, 2 * INLINE_SPANS * i);
    }
  }
}

function inSpans(spans: ArrayLike<number>, from: number, to: number, minute: number): boolean {
  for (let k = from; k < to; k += 2) if (minute >= spans[k]! && minute < spans[k + 1]!) return true;
  return false;
}

/**
 * One query's filter. A point matches when its word has a bit of `kinds` and every bit of `needed` (which a scan
 * of the tree checks as it goes) and `openAt` says so.
 */
export class PointTest {
  constructor(
    private readonly filters: PointFilters,
    readonly kinds: number,
    readonly needed: number,
    private readonly days: LocalNow[] | undefined,
  ) {}

  get traits() {
    return this.filters.traits;
  }

  /** True when the filter lets every point through. */
  get everything() {
    return this.kinds === ANY_KIND && !this.needed && !this.days;
  }

  openAt(i: number): boolean {
    return this.filters.openAt(i, this.days);
  }

  matches(i: number): boolean {
    const t = this.filters.traits[i]!;
    return (t & this.kinds) !== 0 && (t & this.needed) === this.needed && this.openAt(i);
  }
}
