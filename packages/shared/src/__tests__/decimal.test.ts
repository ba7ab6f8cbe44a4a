import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pageQuerySchema, parseDecimal, parseDecimalList, pointsListQuerySchema, pointsMapQuerySchema, queryNumber } from '../index.js';

/** Numbers of every size and sign, the same on every run (mulberry32). */
function seededSamples(count: number): number[] {
  let s = 20_260_430;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => (random() - 0.5) * 10 ** Math.floor(random() * 8));
}

describe('parseDecimal', () => {
  it('reads decimal digits, with a sign and a fraction', () => {
    expect(['0', '12', '-7', '87.62', '-0.5', '007', '5000'].map(parseDecimal)).toEqual([0, 12, -7, 87.62, -0.5, 7, 5000]);
  });

  it('refuses everything else Number would read', () => {
    const others = [
      '',
      ' ',
      ' 1',
      '1 ',
      '0x10',
      '0X57',
      '0b11',
      '0o17',
      '1e3',
      '1E3',
      '+1',
      '1.',
      '.5',
      '1,5',
      'Infinity',
      '-Infinity',
      'NaN',
      '١٢',
      '１２',
      '1_000',
      '--1',
      '\u00001',
    ];
    expect(others.filter((s) => parseDecimal(s) !== undefined)).toEqual([]);
    expect(others.filter((s) => !Number.isNaN(Number(s))).length).toBeGreaterThan(10);
  });

  it('reads back what a client writes for a number with toFixed or String', () => {
    for (const n of seededSamples(2000)) {
      expect(parseDecimal(n.toFixed(6))).toBeCloseTo(n, 6);
      if (!/e/i.test(String(n))) expect(parseDecimal(String(n))).toBe(n);
    }
  });

  it('reads a list only of the length asked for, every part decimal', () => {
    expect(parseDecimalList('87.62,43.83', 2)).toEqual([87.62, 43.83]);
    expect(['0x57,0x2b', '87.62', '87.62,43.83,1', '87.62, 43.83', '87.62,', ','].map((s) => parseDecimalList(s, 2))).toEqual(
      Array(6).fill(undefined),
    );
  });
});

describe('numbers in queries', () => {
  const issues = (schema: z.ZodType, query: Record<string, string>) => {
    const result = schema.safeParse(query);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('refuses hexadecimal, exponents, spaces and empty values for every number a query carries', () => {
    expect(issues(pointsMapQuerySchema, { near: '0x57,0x2b' })).toEqual(['near: 附近位置须为“经度,纬度”，如 87.62,43.83']);
    expect(issues(pointsMapQuerySchema, { near: '87.6,43.8', radius: '0x10' })).toEqual(['radius: 请填写有效的半径']);
    expect(issues(pointsMapQuerySchema, { bbox: '0x57,43,88,44' })[0]).toMatch(/^bbox: 地图范围须为/);
    for (const field of ['limit', 'zoom']) expect(issues(pointsMapQuerySchema, { near: '87.6,43.8', [field]: '1e1' })).toHaveLength(1);
    expect(issues(pageQuerySchema, { page: '1e1' })).toEqual(['page: 请填写有效的页码']);
    expect(issues(pageQuerySchema, { pageSize: ' 20' })).toEqual(['pageSize: 请填写有效的每页条数']);
    expect(issues(pointsListQuerySchema, { staleDays: '' })).toEqual(['staleDays: 请填写有效的未核实天数']);
  });

  it('takes decimal numbers and leaves the defaults to what was not sent', () => {
    expect(pointsMapQuerySchema.parse({ near: '87.62,43.83', radius: '800' })).toMatchObject({
      near: { lng: 87.62, lat: 43.83 },
      radius: 800,
      limit: 50,
    });
    expect(pageQuerySchema.parse({})).toEqual({ page: 1, pageSize: 20 });
    expect(queryNumber(z.number().int()).safeParse('2.5').success).toBe(false);
  });
});
