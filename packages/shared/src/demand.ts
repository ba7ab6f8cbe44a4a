import { z } from 'zod';
import './locale.js';
import { labelled } from './field-labels.zh-CN.js';
import { crsSchema, locationSchema } from './points.js';
import { text } from './text.js';

/** When a worker is free to learn: after the lunch peak on weekdays, evenings, weekends. */
export const freeTimes = ['weekday_afternoon', 'evening', 'weekend'] as const;
export type FreeTime = (typeof freeTimes)[number];
export const freeTimeLabels: Record<FreeTime, string> = {
  weekday_afternoon: '工作日 14:30–16:30（午高峰后）',
  evening: '晚上',
  weekend: '周末',
};

export const MAX_INTEREST_TRADES = 5;
/** Class alerts one worker may keep at once. */
export const MAX_CLASS_ALERTS = 20;
/** Searches that found nothing count in the figures for this many days. */
export const DEMAND_WINDOW_DAYS = 90;
/** Seats count as supply when their class's first session is within this many days. */
export const SUPPLY_WINDOW_DAYS = 60;

const distinct = (values: readonly string[]) => new Set(values).size === values.length;

/** A county-level division (区、县、县级市): 6 digits, not a city's or a province's code. */
export const districtCodeSchema = z
  .string()
  .regex(/^\d{4}(?!00)\d{2}$/, labelled('须为 6 位区县代码'))
  .meta({ id: 'DistrictCode', description: 'A district (county-level) code, never a position', example: '650109' });

const tradeName = text({ min: 1, max: 40 }).meta({ description: 'The trade as classes name it: 电工' });

/** 想学: the trades a worker wants to learn, when they are free and their district; one per worker, replaced on save. */
export const learningInterestBodySchema = z
  .strictObject({
    trades: z.array(tradeName).min(1).max(MAX_INTEREST_TRADES).refine(distinct, '想学的工种不能重复'),
    freeTimes: z.array(z.enum(freeTimes)).min(1).max(freeTimes.length).refine(distinct, '空闲时间不能重复'),
    areaCode: districtCodeSchema,
  })
  .meta({ id: 'LearningInterestBody' });
export type LearningInterestBody = z.infer<typeof learningInterestBodySchema>;

/**
 * 有班通知我: tell me when a class of this trade opens in a district, given as its code or as a spot on the map (of
 * which only the district it lies in is kept).
 */
export const classAlertBodySchema = z
  .strictObject({
    trade: tradeName,
    areaCode: districtCodeSchema.optional(),
    location: locationSchema.optional().meta({ description: 'A spot on the map; only its district is stored' }),
    crs: crsSchema.meta({ description: 'System of `location`' }),
  })
  .refine((b) => (b.areaCode === undefined) !== (b.location === undefined), {
    message: '请选择区县或使用当前位置（二选一）',
    path: ['location'],
  })
  .meta({ id: 'ClassAlertBody' });
export type ClassAlertBody = z.infer<typeof classAlertBodySchema>;

/** Employment figures: 上岗率 and days from certificate to start, per class, training provider or employer. */
export const employmentFiguresQuerySchema = z
  .strictObject({ groupBy: z.enum(['class', 'provider', 'employer']).default('class') })
  .meta({ id: 'EmploymentFiguresQuery' });
export type EmploymentFiguresQuery = z.infer<typeof employmentFiguresQuerySchema>;
