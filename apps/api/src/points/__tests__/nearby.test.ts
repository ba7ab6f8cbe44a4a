import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haversineM, pointKinds } from '@yilu/shared';
import { expectProblem, startApi, type TestApi } from '../../../test/harness.js';
import { allDay, neverOpen, pointBody, seeded } from '../../../test/points-fixtures.js';

let api: TestApi;
const random = seeded(42);
const center = { lng: 75.9897, lat: 39.4704 };
const docs: {
  _id?: unknown;
  kind: string;
  location: { lng: number; lat: number };
  amenities: string[];
  status: string;
  alwaysOpen: boolean;
}[] = [];

beforeAll(async () => {
  // 400 random points within about 20 km, written straight to the database, then loaded by a new instance.
  const seedApi = await startApi();
  const rows = Array.from({ length: 400 }, (_, i) => {
    const row = {
      ...(pointBody({ name: `随机点位${i}` }) as object),
      kind: pointKinds[i % pointKinds.length]!,
      location: { lng: center.lng + (random() - 0.5) * 0.5, lat: center.lat + (random() - 0.5) * 0.4 },
      amenities: random() < 0.5 ? ['hot_water'] : ['toilet'],
      hours: random() < 0.7 ? allDay : neverOpen,
      status: i % 10 === 0 ? 'draft' : 'published',
    };
    return row;
  });
  const inserted = await seedApi.ctx.models.Point.insertMany(rows);
  for (const d of inserted) {
    docs.push({
      kind: d.kind,
      location: d.location as never,
      amenities: [...d.amenities],
      status: d.status,
      alwaysOpen: Boolean(d.hours?.alwaysOpen),
    });
  }
  api = await startApi({ YILU_DB_NAME: seedApi.config.dbName });
  await seedApi.ctx.points.stop();
});
afterAll(() => api?.close());

const bruteForce = (near: { lng: number; lat: number }, radius: number, keep: (d: (typeof docs)[number]) => boolean) =>
  docs
    .filter((d) => d.status === 'published' && keep(d))
    .map((d) => ({ d, dist: haversineM(near, d.location) }))
    .filter((x) => x.dist <= radius)
    .sort((a, b) => a.dist - b.dist);

describe('GET /points?near (from the in-memory index)', () => {
  it('returns the same points in the same order as a brute-force haversine search', async () => {
    for (let trial = 0; trial < 10; trial++) {
      const near = { lng: center.lng + (random() - 0.5) * 0.3, lat: center.lat + (random() - 0.5) * 0.3 };
      const radius = 2000 + Math.floor(random() * 8000);
      const res = await api.request('GET', `/api/v1/points?near=${near.lng},${near.lat}&radius=${radius}&limit=100`);
      expect(res.status).toBe(200);
      expect(res.body.crs).toBe('wgs84');
      const expected = bruteForce(near, radius, () => true).slice(0, 100);
      expect(res.body.items).toHaveLength(expected.length);
      res.body.items.forEach((item: { distanceM: number }, i: number) => {
        expect(Math.abs(item.distanceM - expected[i]!.dist)).toBeLessThan(2);
      });
      const distances = res.body.items.map((i: { distanceM: number }) => i.distanceM);
      expect(distances).toEqual([...distances].sort((a: number, b: number) => a - b));
    }
  });

  it('filters by kinds, amenities and open now, and never shows drafts', async () => {
    const near = center;
    const res = await api.request(
      'GET',
      `/api/v1/points?near=${near.lng},${near.lat}&radius=50000&limit=100&kinds=rest_station,charging&amenities=hot_water&openNow=true`,
    );
    const expected = bruteForce(
      near,
      50_000,
      (d) => ['rest_station', 'charging'].includes(d.kind) && d.amenities.includes('hot_water') && d.alwaysOpen,
    );
    expect(res.body.items.length).toBe(Math.min(100, expected.length));
    for (const item of res.body.items) {
      expect(['rest_station', 'charging']).toContain(item.kind);
      expect(item.amenities).toContain('hot_water');
      expect(item.openNow).toBe(true);
      expect(item.status).toBe('published');
    }
  });

  it('speaks GCJ-02 when asked: input and output shift together', async () => {
    const wgs = await api.request('GET', `/api/v1/points?near=${center.lng},${center.lat}&radius=3000&limit=1`);
    const first = wgs.body.items[0];
    const gcj = await api.request('GET', `/api/v1/points/${first.id}?crs=gcj02`);
    expect(gcj.body.crs).toBe('gcj02');
    const shift = haversineM(first.location, gcj.body.location);
    expect(shift).toBeGreaterThan(50);
    const back = await api.request(
      'GET',
      `/api/v1/points?near=${gcj.body.location.lng},${gcj.body.location.lat}&radius=100&limit=1&crs=gcj02`,
    );
    expect(back.body.items[0].id).toBe(first.id);
    expect(back.body.items[0].distanceM).toBeLessThan(1);
  });

  it.each([
    ['near=200,39', 'query.near'],
    ['near=75.9', 'query.near'],
    ['near=75.9,39.4&radius=999999', 'query.radius'],
    ['near=75.9,39.4&kinds=spa', 'query.kinds'],
    ['near=75.9,39.4&amenities=pool', 'query.amenities'],
    ['near=75.9,39.4&limit=5000', 'query.limit'],
    ['bbox=1,2,3', 'query.bbox'],
    ['bbox=76,39,75,40', 'query.bbox'],
    ['near=75.9,39.4&crs=bd09', 'query.crs'],
  ])('%s is 400 naming %s', async (query, field) => {
    const res = await api.request('GET', `/api/v1/points?${query}`);
    const fields = expectProblem(res, 400).errors!.map((e) => e.field);
    expect(fields.some((f) => f === field || f.startsWith(`${field}.`))).toBe(true);
  });
});

describe('GET /points?bbox (viewport)', () => {
  it('returns points when few match and at most 300 clusters or points when many do', async () => {
    const small = await api.request(
      'GET',
      `/api/v1/points?bbox=${center.lng - 0.01},${center.lat - 0.01},${center.lng + 0.01},${center.lat + 0.01}&zoom=16`,
    );
    expect(small.status).toBe(200);
    expect(small.body.features.every((f: { type: string }) => f.type === 'point')).toBe(true);

    const wide = await api.request('GET', `/api/v1/points?bbox=70,35,80,45&zoom=5`);
    expect(wide.body.features.length).toBeLessThanOrEqual(300);
    const clusters = wide.body.features.filter((f: { type: string }) => f.type === 'cluster');
    expect(clusters.length).toBeGreaterThan(0);
    const total = wide.body.features.reduce(
      (n: number, f: { type: string; count?: number }) => n + (f.type === 'cluster' ? f.count! : 1),
      0,
    );
    expect(total).toBe(docs.filter((d) => d.status === 'published').length);
  });
});

describe('the map fast path', () => {
  it('answers exactly as the Express route does, with the same security headers', async () => {
    const query = `near=${center.lng},${center.lat}&radius=5000&limit=10&kinds=rest_station`;
    const fast = await api.request('GET', `/api/v1/points?${query}`);
    const express = await api.request('GET', `/api/v1/points/?${query}`); // the trailing slash skips the fast path
    expect(fast.status).toBe(200);
    expect(fast.body).toEqual(express.body);
    for (const header of ['content-security-policy', 'x-content-type-options', 'strict-transport-security', 'x-frame-options']) {
      expect(fast.headers.get(header)).toBe(express.headers.get(header));
    }
    const fastBad = await api.request('GET', '/api/v1/points?near=999,1');
    const expressBad = await api.request('GET', '/api/v1/points/?near=999,1');
    expect(fastBad.body.errors).toEqual(expressBad.body.errors);
    expect(fastBad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
