import { describe, expect, it } from 'vitest';
import { pointsMapQuerySchema } from '@yilu/shared';
import { seeded } from '../../../test/points-fixtures.js';
import { malformedQuery } from '../../http/strict-input.js';
import { readMapQuery } from '../map-query.js';

const random = seeded(11);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

// Values at and past every edge the schema draws, in the spellings a client might send; most of them valid, so that
// a query of several fields often is.
const either = <T>(valid: readonly T[], invalid: readonly T[]) => pick(random() < 0.75 ? valid : invalid);
const counts = ['1', '12', '20', '50', '100', '5000.0', '-0'];
const badCounts = ['0', '101', '5000.5', '50001', '-1', '', '0x10', '1e3', '+5', '007', '.5', '5.', 'abc', '99999999999999999999'];
const lngs = ['73', '75.9897', '87.62', '120.9949', '136'];
const lats = ['3', '31.3862', '43.83', '54'];
const badDegrees = ['72.9', '136.1', '2.9', '54.1', '-10', '0x57', '1e2', '', '+87'];
const kinds = ['charging', 'rest_station', 'reading_corner'];
const badKinds = ['spa', 'Charging', ' charging'];

const values: Record<string, () => string> = {
  near: () => `${either(lngs, badDegrees)},${either(lats, badDegrees)}${random() < 0.03 ? ',1' : ''}`,
  bbox: () =>
    [
      either(['-180', '70', '75'], ['-181', '1e1']),
      either(['-90', '35'], ['-91']),
      either(['80', '180'], ['181', '60']),
      either(['45', '90'], ['91', '30']),
    ].join(','),
  radius: () => either(['1', '300', '5000', '5000.0', '50000'], ['0', '50001', ...badCounts]),
  limit: () => either(counts, badCounts),
  zoom: () => either(['0', '5', '12', '22', '-0'], ['23', '-1', ...badCounts]),
  kinds: () =>
    random() < 0.05
      ? 'charging,'.repeat(43 + Math.floor(random() * 4)) // about the 400 characters the schema allows
      : Array.from({ length: Math.floor(random() * 3) }, () => either(kinds, badKinds)).join(random() < 0.95 ? ',' : ',,'),
  amenities: () =>
    Array.from({ length: Math.floor(random() * 3) }, () => either(['books', 'hot_water', 'ev_fast_charging'], ['pool'])).join(','),
  openNow: () => either(['true', 'false', '1', '0'], ['yes', 'TRUE', 'constructor', '']),
  crs: () => either(['wgs84', 'gcj02'], ['bd09', '', 'WGS84', 'toString']),
};

function randomQuery(): string {
  const keys = Object.keys(values).filter(() => random() < 0.35);
  keys.unshift(random() < 0.8 ? 'near' : 'bbox');
  if (random() < 0.05) keys.push(pick(['foo', 'Near', '', '__proto__']));
  if (random() < 0.05) keys.push(pick(keys));
  return keys
    .map((key) => (random() < 0.03 ? key : `${key}=${Object.hasOwn(values, key) ? values[key]!() : '1'}${random() < 0.02 ? '=1' : ''}`))
    .join(random() < 0.97 ? '&' : '&&');
}

describe('readMapQuery', () => {
  it('reads exactly what pointsMapQuerySchema reads, and every plain valid query', () => {
    let read = 0;
    for (let trial = 0; trial < 20_000; trial++) {
      const query = randomQuery();
      const params = new URLSearchParams(query);
      const schema = pointsMapQuerySchema.safeParse(Object.fromEntries(params));
      const fast = readMapQuery(query);
      if (fast) {
        read++;
        expect(malformedQuery(`/api/v1/points?${query}`), query).toEqual([]);
        expect(schema.success, query).toBe(true);
        expect(fast, query).toEqual(schema.data);
      }
      const pairs = query.split('&').filter(Boolean);
      const plain = /^[\w.,=&-]*$/.test(query) && pairs.every((p) => p.includes('=')) && new Set(params.keys()).size === pairs.length;
      if (schema.success && plain) expect(fast, query).toBeDefined();
    }
    expect(read).toBeGreaterThan(1000);
  });

  it('leaves queries without near or bbox to the routes', () => {
    expect(readMapQuery('radius=5000')).toBeUndefined();
    expect(readMapQuery('')).toBeUndefined();
  });
});
