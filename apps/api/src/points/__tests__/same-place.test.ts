import { convertCrs } from '@yilu/shared';
import { describe, expect, it } from 'vitest';
import { isSamePlace, readName, SAME_PLACE_M } from '../same-place.js';

const station = { kind: 'rest_station', name: '喀什古城暖心驿站', location: { lng: 75.9897, lat: 39.4704 } };
/** `station` moved `m` metres north. */
const north = (m: number) => ({ ...station, location: { lng: station.location.lng, lat: station.location.lat + m / 111_195 } });

describe('the same place', () => {
  it('reads names as people do: full- and half-width, case, spaces and punctuation alike', () => {
    expect(readName('喀什爱心餐厅（解放北路店）')).toBe(readName('喀什爱心餐厅 (解放北路店)'));
    expect(readName('昆山南星绿能Ｅ站')).toBe(readName('昆山南星绿能e站'));
    expect(readName('东湖公园·北门公厕')).toBe(readName('东湖公园北门公厕'));
    expect(readName('东湖公园北门公厕')).not.toBe(readName('东湖公园南门公厕'));
  });

  it('is one kind, one name and under 100 m apart', () => {
    expect(SAME_PLACE_M).toBe(100);
    expect(isSamePlace(station, north(99))).toBe(true);
    expect(isSamePlace(station, north(101))).toBe(false);
    expect(isSamePlace(station, { ...north(10), kind: 'charging' })).toBe(false);
    expect(isSamePlace(station, { ...north(10), name: '喀什古城小哥驿站' })).toBe(false);
    expect(isSamePlace(station, { ...station, location: null })).toBe(false);
  });

  it('compares a row given in GCJ-02 in WGS-84', () => {
    const gcj = { ...station, location: convertCrs(station.location, 'wgs84', 'gcj02'), crs: 'gcj02' as const };
    expect(isSamePlace(station, { ...gcj, crs: undefined })).toBe(false);
    expect(isSamePlace(station, gcj)).toBe(true);
  });
});
