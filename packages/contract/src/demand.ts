import { z } from 'zod';
import {
  classAlertBodySchema,
  DEMAND_WINDOW_DAYS,
  employmentFiguresQuerySchema,
  freeTimes,
  learningInterestBodySchema,
  MAX_CLASS_ALERTS,
  MIN_GROUP_SIZE,
  SUPPLY_WINDOW_DAYS,
  WITHHELD_NOTE,
} from '@yilu/shared';
import { idParams, isoTime, itemsOf, sheetFile } from './common.js';
import { defineOperations, fileAnswer, noContent, roles } from './operation.js';

const worker = roles('worker');
const figuresStaff = roles('admin', 'district_staff');
const district = { areaCode: z.string(), areaName: z.string().meta({ description: '乌鲁木齐市米东区' }) };

/** A count of people, or null when it describes 1 to 4 people or would let one be worked out (k-anonymity). */
const people = z
  .number()
  .int()
  .nullable()
  .meta({ description: `People; null: ${WITHHELD_NOTE}` });
const units = (description: string) => z.number().int().meta({ description });

export const learningInterestSchema = z
  .object({ trades: z.array(z.string()), freeTimes: z.array(z.enum(freeTimes)), ...district, updatedAt: isoTime })
  .meta({ id: 'LearningInterest', description: '想学: what the worker wants to learn, when they are free, their district' });

export const classAlertSchema = z
  .object({ id: z.string(), trade: z.string(), ...district, createdAt: isoTime })
  .meta({ id: 'ClassAlert', description: '有班通知我: told once for each class of the trade published in the district' });

const demandFigures = {
  interest: people.meta({ description: 'People who said 想学 for the trade' }),
  misses: people.meta({ description: `People whose class search for the trade found nothing in the last ${DEMAND_WINDOW_DAYS} days` }),
  demand: people.meta({ description: 'People in either group, each counted once' }),
  unfilled: units("Open jobs' headcount minus those hired"),
  seatsOpen: units(`Seats left in open classes whose first session is within ${SUPPLY_WINDOW_DAYS} days`),
  gap: z
    .number()
    .int()
    .nullable()
    .meta({ description: 'The larger of demand and unfilled, minus seatsOpen; null when demand is withheld' }),
};

export const demandDistrictRowSchema = z.object({ ...district, ...demandFigures }).meta({ id: 'DemandDistrictRow' });
export const demandTradeRowSchema = z.object({ trade: z.string(), ...demandFigures }).meta({ id: 'DemandTradeRow' });
export const shortageRowSchema = z
  .object({ rank: z.number().int().nullable().meta({ description: 'By gap, largest first; null when gap is withheld' }), ...district })
  .extend({ trade: z.string(), ...demandFigures })
  .meta({ id: 'ShortageRow' });

const withheldRule = {
  minGroupSize: z.literal(MIN_GROUP_SIZE),
  note: z.literal(WITHHELD_NOTE).meta({ description: 'What a null count means' }),
};

export const demandFiguresSchema = z
  .object({
    scopeName: z.string(),
    ...withheldRule,
    windowDays: z.literal(DEMAND_WINDOW_DAYS),
    seatsWithinDays: z.literal(SUPPLY_WINDOW_DAYS),
    districts: z.array(demandDistrictRowSchema).meta({ description: 'The heat map: one row per district with any figure' }),
    trades: z.array(demandTradeRowSchema),
    shortage: z.array(shortageRowSchema).meta({ description: '紧缺职业技能缺口清单: per district and trade, largest gap first' }),
  })
  .meta({ id: 'DemandFigures' });

export const employmentRowSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    certified: people.meta({ description: 'Certified people (for an employer: certified applicants)' }),
    hired: people.meta({ description: 'Of those, hired through a job application' }),
    rate: z.number().nullable().meta({ description: '上岗率 = hired ÷ certified, 0–1; null when either is withheld' }),
    medianDays: z
      .number()
      .nullable()
      .meta({ description: 'Median days from certificate issue to the job start date; null when nobody was hired or hired is withheld' }),
  })
  .meta({ id: 'EmploymentRow' });

export const employmentFiguresSchema = z
  .object({ groupBy: z.enum(['class', 'provider', 'employer']), ...withheldRule, rows: z.array(employmentRowSchema) })
  .meta({ id: 'EmploymentFigures' });

export type LearningInterest = z.infer<typeof learningInterestSchema>;
export type ClassAlert = z.infer<typeof classAlertSchema>;
export type DemandFigures = z.infer<typeof demandFiguresSchema>;
export type DemandDistrictRow = z.infer<typeof demandDistrictRowSchema>;
export type DemandTradeRow = z.infer<typeof demandTradeRowSchema>;
export type ShortageRow = z.infer<typeof shortageRowSchema>;
export type EmploymentFigures = z.infer<typeof employmentFiguresSchema>;
export type EmploymentRow = z.infer<typeof employmentRowSchema>;

const xlsx = sheetFile[0];

export const demandOperations = defineOperations({
  myLearningInterest: {
    method: 'get',
    path: '/me/learning-interest',
    access: worker,
    tag: 'demand',
    summary: 'The signed-in worker’s 想学, or null when they have not said',
    responses: { 200: z.object({ interest: learningInterestSchema.nullable() }) },
    problems: [401, 403],
  },
  saveLearningInterest: {
    method: 'put',
    path: '/me/learning-interest',
    access: worker,
    tag: 'demand',
    summary: 'Say or replace 想学: 1–5 trades, when free, and the district (one per worker)',
    description: 'A district the outlines do not know is 422.',
    body: learningInterestBodySchema,
    responses: { 200: learningInterestSchema },
    problems: [400, 401, 403, 422],
  },
  deleteLearningInterest: {
    method: 'delete',
    path: '/me/learning-interest',
    access: worker,
    tag: 'demand',
    summary: 'Take back 想学',
    responses: { 204: noContent },
    problems: [401, 403],
  },
  createClassAlert: {
    method: 'post',
    path: '/me/class-alerts',
    access: worker,
    tag: 'demand',
    summary: '有班通知我: be told when a class of the trade opens in the district (of a spot: only the district is kept)',
    description: `Asking again for the same trade and district answers the alert already kept (200). At most ${MAX_CLASS_ALERTS} alerts (409).`,
    body: classAlertBodySchema,
    responses: { 201: classAlertSchema, 200: classAlertSchema },
    problems: [400, 401, 403, 409, 422],
  },
  myClassAlerts: {
    method: 'get',
    path: '/me/class-alerts',
    access: worker,
    tag: 'demand',
    summary: 'The signed-in worker’s class alerts, newest first',
    responses: { 200: itemsOf(classAlertSchema) },
    problems: [401, 403],
  },
  deleteClassAlert: {
    method: 'delete',
    path: '/me/class-alerts/{id}',
    access: worker,
    tag: 'demand',
    summary: 'Stop a class alert',
    params: idParams,
    responses: { 204: noContent },
    problems: [400, 401, 403, 404],
  },
  demandFigures: {
    method: 'get',
    path: '/stats/demand',
    access: figuresStaff,
    tag: 'stats',
    summary: 'Training demand in your area: per district (the heat map), per trade, and the shortage list, against seats open soon',
    description: `No count of 1 to ${MIN_GROUP_SIZE - 1} people is shown, nor one that could be worked out from the others (null).`,
    responses: { 200: demandFiguresSchema },
    problems: [401, 403],
  },
  exportShortageList: {
    method: 'get',
    path: '/stats/demand/shortage',
    access: figuresStaff,
    tag: 'stats',
    summary: '紧缺职业技能缺口清单 as an .xlsx file, with the same counts withheld',
    responses: { 200: fileAnswer(xlsx) },
    problems: [401, 403],
  },
  employmentFigures: {
    method: 'get',
    path: '/stats/employment',
    access: figuresStaff,
    tag: 'stats',
    summary: '上岗率 and the median days from certificate to job start, per class, training provider or employer, in your area',
    query: employmentFiguresQuerySchema,
    responses: { 200: employmentFiguresSchema },
    problems: [400, 401, 403],
  },
  exportEmploymentFigures: {
    method: 'get',
    path: '/stats/employment/export',
    access: figuresStaff,
    tag: 'stats',
    summary: 'The same employment figures as an .xlsx file, with the same counts withheld',
    query: employmentFiguresQuerySchema,
    responses: { 200: fileAnswer(xlsx) },
    problems: [400, 401, 403],
  },
});
