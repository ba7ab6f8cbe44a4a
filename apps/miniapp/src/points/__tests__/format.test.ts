import { describe, expect, it } from 'vitest';
import { haversineM } from '@yilu/shared';
import { amapLink } from '../amap-link';
import { describeOpen, describeVerified, formatDistance } from '../format';

const hours = { timezone: 'Asia/Shanghai', alwaysOpen: false, weekly: [], exceptions: [] };

describe('format', () => {
  it('distances in metres, then kilometres', () => {
    expect(formatDistance(0)).toBe('0 米');
    expect(formatDistance(443.4)).toBe('443 米');
    expect(formatDistance(1049)).toBe('1.0 公里');
    expect(formatDistance(23_456)).toBe('23 公里');
  });

  it('says whether a place is open and until when', () => {
    expect(describeOpen({ openNow: false, hours })).toBe('休息中');
    const weekdays = { ...hours, weekly: [{ days: [1, 2, 3, 4, 5], ranges: [{ open: '08:00', close: '18:00' }] }] };
    // 2026-11-23 is a Monday.
    expect(describeOpen({ openNow: false, hours: weekdays }, new Date('2026-11-23T19:00:00+08:00'))).toBe('休息中 · 明天 08:00 开门');
    expect(describeOpen({ openNow: false, hours: weekdays }, new Date('2026-11-28T10:00:00+08:00'))).toBe('休息中 · 周一 08:00 开门');
    expect(describeOpen({ openNow: true, hours: { ...hours, alwaysOpen: true } })).toBe('24 小时营业');
    expect(describeOpen({ openNow: true, closesAt: '22:00', closesNextDay: false, hours })).toBe('营业中 · 至 22:00');
    expect(describeOpen({ openNow: true, closesAt: '02:00', closesNextDay: true, hours })).toBe('营业中 · 至次日 02:00');
  });

  it('says how fresh a listing is', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(describeVerified(undefined, now)).toBe('尚未核实');
    expect(describeVerified('2026-11-23T08:00:00Z', now)).toBe('今天核实');
    expect(describeVerified('2026-11-20T08:00:00Z', now)).toBe('3 天前核实');
  });
});

describe('amapLink', () => {
  it('hands AMap GCJ-02 coordinates, converting from WGS-84', () => {
    const url = new URL(amapLink({ name: '喀什古城暖心驿站', location: { lng: 75.9897, lat: 39.4704 }, crs: 'wgs84' }));
    expect(url.host).toBe('uri.amap.com');
    const [lng, lat] = url.searchParams.get('position')!.split(',').map(Number);
    const shift = haversineM({ lng: 75.9897, lat: 39.4704 }, { lng: lng!, lat: lat! });
    expect(shift).toBeGreaterThan(100);
    expect(shift).toBeLessThan(800);
    expect(url.searchParams.get('name')).toBe('喀什古城暖心驿站');
  });

  it('passes GCJ-02 through unchanged', () => {
    const url = new URL(amapLink({ name: 'x', location: { lng: 75.99229, lat: 39.47131 }, crs: 'gcj02' }));
    expect(url.searchParams.get('position')).toBe('75.99229,39.47131');
  });
});
