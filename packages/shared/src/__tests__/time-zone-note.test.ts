import { describe, expect, it } from 'vitest';
import { BEIJING_TIMEZONE, deviceTimeZone, zonedDateTime, zoneName, zoneNote } from '../time.js';

const at = new Date('2026-12-02T01:00:00+08:00');

describe('zoneNote: times are named by their zone when the phone runs another clock', () => {
  it('says nothing to a phone on Beijing time, or on a zone with the same clock', () => {
    expect(zoneNote(BEIJING_TIMEZONE, 'Asia/Shanghai', at)).toBe('');
    expect(zoneNote(BEIJING_TIMEZONE, 'Asia/Chongqing', at)).toBe('');
  });

  it('names Beijing time to a Xinjiang phone, and Xinjiang time to a Beijing phone', () => {
    expect(zoneNote(BEIJING_TIMEZONE, 'Asia/Urumqi', at)).toBe('（北京时间）');
    expect(zoneNote('Asia/Urumqi', BEIJING_TIMEZONE, at)).toBe('（新疆时间）');
  });

  it('names a zone it has no Chinese name for by its id', () => {
    expect(zoneName('Europe/Berlin')).toBe('Europe/Berlin 时间');
    expect(zoneNote(BEIJING_TIMEZONE, 'Europe/Berlin', at)).toBe('（北京时间）');
  });

  it('reads the phone zone from the platform', () => {
    expect(deviceTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

describe('zonedDateTime', () => {
  it('writes an instant on the clock of the given zone', () => {
    expect(zonedDateTime('2026-12-01T17:00:00Z', BEIJING_TIMEZONE)).toBe('2026-12-02 01:00');
    expect(zonedDateTime(at, 'Asia/Urumqi')).toBe('2026-12-01 23:00');
  });
});
