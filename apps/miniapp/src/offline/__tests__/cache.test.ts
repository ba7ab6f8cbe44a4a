import { ApiError } from '@yilu/client';
import type { ServicePoint } from '@yilu/shared';
import { describe, expect, it } from 'vitest';
import { cacheKey, readThrough } from '../cache';
import { filterPoints } from '../local-filter';

const noSignal = () => Promise.reject(new ApiError(0, { title: '网络不好，请稍后再试' }));

describe('the read-through cache', () => {
  it('saves each answer under its operation and input, and answers it offline with when it was saved', async () => {
    const key = cacheKey('getPoint', { id: 'p1', crs: 'gcj02' });
    expect(key).not.toBe(cacheKey('getPoint', { id: 'p2', crs: 'gcj02' }));
    const fresh = await readThrough(
      key,
      async () => ({ name: '暖心驿站' }),
      () => 1_000,
    );
    expect(fresh).toEqual({ data: { name: '暖心驿站' }, savedAt: 1_000, offline: false });
    expect(await readThrough(key, noSignal)).toEqual({ data: { name: '暖心驿站' }, savedAt: 1_000, offline: true });
  });

  it('passes on the network failure when nothing was saved, and the server’s own answers always', async () => {
    await expect(readThrough(cacheKey('getPoint', { id: 'never' }), noSignal)).rejects.toMatchObject({ status: 0 });
    const key = cacheKey('getPoint', { id: 'gone' });
    await readThrough(key, async () => 'saved');
    const notFound = () => Promise.reject(new ApiError(404, { title: '不存在' }));
    await expect(readThrough(key, notFound)).rejects.toMatchObject({ status: 404 });
  });
});

const hours = (alwaysOpen: boolean) => ({ timezone: 'Asia/Shanghai', alwaysOpen, weekly: [], exceptions: [] });
const point = (id: string, kind: string, amenities: string[], alwaysOpen: boolean) =>
  ({ id, kind, amenities, hours: hours(alwaysOpen), openNow: !alwaysOpen }) as unknown as ServicePoint;

describe('the map chips on a saved list', () => {
  const saved = [
    point('a', 'rest_station', ['hot_water', 'toilet'], true),
    point('b', 'rest_station', ['seats'], true),
    point('c', 'charging', ['hot_water'], false),
  ];
  const ids = (list: ServicePoint[]) => list.map((p) => p.id);

  it('keeps any of the kinds, all of the amenities, and open now by the hours at this moment', () => {
    expect(ids(filterPoints(saved, { kinds: [], amenities: [], openNow: false }))).toEqual(['a', 'b', 'c']);
    expect(ids(filterPoints(saved, { kinds: ['rest_station'], amenities: [], openNow: false }))).toEqual(['a', 'b']);
    expect(ids(filterPoints(saved, { kinds: ['rest_station', 'charging'], amenities: ['hot_water'], openNow: false }))).toEqual(['a', 'c']);
    expect(ids(filterPoints(saved, { kinds: [], amenities: ['hot_water', 'toilet'], openNow: false }))).toEqual(['a']);
    // The saved openNow said otherwise when it was saved; the hours decide now.
    expect(ids(filterPoints(saved, { kinds: [], amenities: [], openNow: true }))).toEqual(['a', 'b']);
  });
});
