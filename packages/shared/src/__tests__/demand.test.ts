import { describe, expect, it } from 'vitest';
import { classAlertBodySchema, districtCodeSchema, learningInterestBodySchema } from '../index.js';

const interest = { trades: ['电工'], freeTimes: ['weekday_afternoon'], areaCode: '650109' };
const message = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe('learning interest', () => {
  it('takes 1–5 different trades, at least one free time and a district', () => {
    expect(learningInterestBodySchema.parse({ ...interest, trades: [' 电工 ', '焊工'] }).trades).toEqual(['电工', '焊工']);
    expect(message(learningInterestBodySchema.safeParse({ ...interest, trades: [] }))).toBe('想学的工种不能为空');
    expect(message(learningInterestBodySchema.safeParse({ ...interest, trades: ['1', '2', '3', '4', '5', '6'] }))).toBe(
      '想学的工种最多 5 项',
    );
    expect(message(learningInterestBodySchema.safeParse({ ...interest, trades: ['电工', '电工'] }))).toBe('想学的工种不能重复');
    expect(message(learningInterestBodySchema.safeParse({ ...interest, freeTimes: [] }))).toBe('空闲时间不能为空');
    expect(learningInterestBodySchema.safeParse({ ...interest, freeTimes: ['night_shift'] }).success).toBe(false);
  });

  it('keeps a district, never a city, a province or a position', () => {
    expect(districtCodeSchema.safeParse('650109').success).toBe(true);
    expect(districtCodeSchema.safeParse('659001').success).toBe(true);
    for (const code of ['650100', '650000', '650109001', '65010']) expect(districtCodeSchema.safeParse(code).success, code).toBe(false);
    expect(message(learningInterestBodySchema.safeParse({ ...interest, areaCode: '650100' }))).toBe('行政区划代码须为 6 位区县代码');
    expect(learningInterestBodySchema.safeParse({ ...interest, location: { lng: 87.6, lat: 43.9 } }).success).toBe(false);
  });
});

describe('a class alert', () => {
  it('names its district by code or by a spot on the map, one of the two', () => {
    expect(classAlertBodySchema.safeParse({ trade: '电工', areaCode: '650109' }).success).toBe(true);
    expect(classAlertBodySchema.parse({ trade: '电工', location: { lng: 87.65, lat: 43.96 } }).crs).toBe('wgs84');
    expect(message(classAlertBodySchema.safeParse({ trade: '电工' }))).toContain('二选一');
    expect(classAlertBodySchema.safeParse({ trade: '电工', areaCode: '650109', location: { lng: 87.65, lat: 43.96 } }).success).toBe(false);
  });
});
