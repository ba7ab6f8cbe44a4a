import { describe, expect, it } from 'vitest';
import { convertCrs, haversineM } from '../geo.js';
import { pointsMapQuerySchema } from '../points.js';

describe('pointsMapQuerySchema', () => {
  it('parses near, kinds, amenities and openNow', () => {
    const q = pointsMapQuerySchema.parse({
      near: '75.99,39.47',
      radius: '3000',
      kinds: 'rest_station,charging',
      amenities: 'hot_water',
      openNow: 'true',
    });
    expect(q).toMatchObject({
      near: { lng: 75.99, lat: 39.47 },
      radius: 3000,
      kinds: ['rest_station', 'charging'],
      amenities: ['hot_water'],
      openNow: true,
      crs: 'wgs84',
    });
  });

  it.each([
    [{ near: '75.99' }, 'near'],
    [{ near: '200,39' }, 'near'],
    [{ near: '75.99,39.47', radius: '900000' }, 'radius'],
    [{ kinds: 'spa' }, 'kinds'],
    [{ amenities: 'pool' }, 'amenities'],
    [{ bbox: '1,2,3' }, 'bbox'],
    [{ bbox: '76,39,75,40' }, 'bbox'],
    [{ crs: 'bd09' }, 'crs'],
  ])('rejects %j naming %s', (input, field) => {
    const r = pointsMapQuerySchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path[0]).toBe(field);
  });
});

describe('geo', () => {
  it('WGS-84 → GCJ-02 shifts a few hundred metres in China and round-trips within centimetres', () => {
    const tiananmen = { lng: 116.391, lat: 39.9075 };
    const gcj = convertCrs(tiananmen, 'wgs84', 'gcj02');
    const shift = haversineM(tiananmen, gcj);
    expect(shift).toBeGreaterThan(300);
    expect(shift).toBeLessThan(700);
    expect(haversineM(tiananmen, convertCrs(gcj, 'gcj02', 'wgs84'))).toBeLessThan(0.5);
  });

  it('haversine matches a known distance (Urumqi → Kashgar ≈ 1,000 km)', () => {
    const d = haversineM({ lng: 87.6168, lat: 43.8256 }, { lng: 75.9897, lat: 39.4704 });
    expect(d / 1000).toBeGreaterThan(1000);
    expect(d / 1000).toBeLessThan(1100);
  });
});
