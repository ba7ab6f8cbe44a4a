import { describe, expect, it } from 'vitest';
import { areaCodeSchema, areaPrefix, isWithinArea } from '../area.js';

describe('areaPrefix', () => {
  it.each([
    ['650000', '65'],
    ['650100', '6501'],
    ['650109', '650109'],
    ['650109001000', '650109001'],
    ['650109001002', '650109001002'],
  ])('%s → %s', (code, prefix) => expect(areaPrefix(code)).toBe(prefix));
});

describe('isWithinArea', () => {
  it('puts a community inside its district and the district inside its city', () => {
    expect(isWithinArea('650109', '650109001002')).toBe(true);
    expect(isWithinArea('650100', '650109')).toBe(true);
    expect(isWithinArea('650109', '650109')).toBe(true);
  });
  it('keeps neighbouring districts apart', () => {
    expect(isWithinArea('650109', '650102')).toBe(false);
    expect(isWithinArea('653101', '650109')).toBe(false);
  });
});

describe('areaCodeSchema', () => {
  it('accepts 6, 9 and 12 digit codes only', () => {
    expect(areaCodeSchema.safeParse('650109').success).toBe(true);
    expect(areaCodeSchema.safeParse('650109001').success).toBe(true);
    expect(areaCodeSchema.safeParse('650109001002').success).toBe(true);
    expect(areaCodeSchema.safeParse('6501').success).toBe(false);
    expect(areaCodeSchema.safeParse('65010900a').success).toBe(false);
  });
});
