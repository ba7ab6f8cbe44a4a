import { describe, expect, it } from 'vitest';
import { amenities, haversineM, openStateAt, pointKinds, type OpeningHours } from '@yilu/shared';
import { seeded } from '../../../test/points-fixtures.js';
import type { PointRecord } from '../point-record.js';
import { SpatialIndex, type PointFilter } from '../spatial-index.js';

const random = seeded(7);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const some = <T>(list: readonly T[], p: number) => list.filter(() => random() < p);
const week = [1, 2, 3, 4, 5, 6, 7];
const dayOf = (offset: number) => new Date(Date.UTC(2026, 11, 1 + offset)).toISOString().slice(0, 10);

/** Hours of every shape the filter must judge: round the clock, days, nights past midnight, closures, holidays. */
function randomHours(): OpeningHours {
  const timezone = pick(['Asia/Shanghai', 'Asia/Shanghai', 'Asia/Urumqi', 'Europe/Berlin']);
  if (random() < 0.25) return { timezone, alwaysOpen: true, weekly: [], exceptions: [] };
  const time = () => `${String(Math.floor(random() * 25)).padStart(2, '0')}:${pick(['00', '30'])}`.replace(/^24:30$/, '24:00');
  return {
    timezone,
    alwaysOpen: false,
    weekly: Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
      days: some(week, 0.6),
      ranges: [{ open: time(), close: time() }],
    })),
    exceptions: Array.from({ length: Math.floor(random() * 3) }, (_, k) => ({
      date: dayOf(2 * k + Math.floor(random() * 2)),
      closed: random() < 0.5,
      ranges: random() < 0.5 ? [{ open: time(), close: time() }] : [],
    })),
  };
}

/** Points in two dense towns and a sparse countryside, at continuous positions (so no two are equally far). */
function randomPoints(count: number): PointRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const town =
      i % 5 === 4
        ? { lng: 88, lat: 43, spread: 2 }
        : pick([
            { lng: 87.6, lat: 43.8, spread: 0.15 },
            { lng: 75.99, lat: 39.47, spread: 0.1 },
          ]);
    return {
      id: `p${i}`,
      kind: pick(pointKinds),
      name: `点位${i}`,
      address: '地址',
      areaCode: '650109',
      location: { lng: town.lng + (random() - 0.5) * town.spread, lat: town.lat + (random() - 0.5) * town.spread },
      amenities: some(amenities, 0.3),
      access: 'public',
      hours: randomHours(),
      photos: [],
      status: 'published',
      updatedAt: '2026-12-01T00:00:00.000Z',
    };
  });
}

function randomFilter(): Required<PointFilter> {
  return {
    kinds: random() < 0.6 ? some(pointKinds, 0.4) : [],
    amenities: random() < 0.6 ? some(amenities, 0.1) : [],
    openNow: random() < 0.6,
    at: new Date(Date.UTC(2026, 11, 1) + Math.floor(random() * 10 * 86_400_000)),
  };
}

const matches = (r: PointRecord, f: Required<PointFilter>) =>
  (!f.kinds.length || f.kinds.includes(r.kind)) &&
  f.amenities.every((a) => r.amenities.includes(a)) &&
  (!f.openNow || openStateAt(r.hours, f.at).open);

function bruteForce(records: PointRecord[], near: { lng: number; lat: number }, radiusM: number, limit: number, f: Required<PointFilter>) {
  return records
    .filter((r) => matches(r, f))
    .map((r) => ({ id: r.id, distanceM: haversineM(near, r.location) }))
    .filter((x) => x.distanceM <= radiusM)
    .sort((a, b) => a.distanceM - b.distanceM)
    .slice(0, limit)
    .map((x) => ({ id: x.id, distanceM: Math.round(x.distanceM) }));
}

describe('SpatialIndex', () => {
  const records = randomPoints(3000);
  const index = new SpatialIndex(records);

  it('answers nearby, filtered or not, as a brute-force filter and haversine search does', () => {
    let answered = 0;
    for (let trial = 0; trial < 400; trial++) {
      const town = records[Math.floor(random() * records.length)]!.location;
      const near = { lng: town.lng + (random() - 0.5) * 0.05, lat: town.lat + (random() - 0.5) * 0.05 };
      const radiusM = pick([300, 1000, 5000, 12_000, 50_000]);
      const limit = pick([1, 5, 20, 100]);
      const filter = trial % 4 === 0 ? { kinds: [], amenities: [], openNow: false, at: new Date() } : randomFilter();
      const got = index.nearby(near.lng, near.lat, radiusM, limit, filter).map((f) => ({ id: f.record.id, distanceM: f.distanceM }));
      const expected = bruteForce(records, near, radiusM, limit, filter);
      expect(got, JSON.stringify({ near, radiusM, limit, filter })).toEqual(expected);
      answered += expected.length;
    }
    expect(answered).toBeGreaterThan(2000);
  });

  it('keeps the points of a box that match the filter', () => {
    for (let trial = 0; trial < 100; trial++) {
      const c = records[Math.floor(random() * records.length)]!.location;
      const w = random() * 0.5;
      const box = { minLng: c.lng - w, minLat: c.lat - w / 2, maxLng: c.lng + w, maxLat: c.lat + w / 2 };
      const filter = randomFilter();
      const inside = (r: PointRecord) =>
        r.location.lng >= box.minLng && r.location.lng <= box.maxLng && r.location.lat >= box.minLat && r.location.lat <= box.maxLat;
      const ids = (list: PointRecord[]) => list.map((r) => r.id).sort();
      expect(ids(index.within(box, filter))).toEqual(ids(records.filter((r) => inside(r) && matches(r, filter))));
    }
  });

  it('answers nothing from an empty index', () => {
    expect(new SpatialIndex([]).nearby(87.6, 43.8, 5000, 20, { openNow: true })).toEqual([]);
  });
});
