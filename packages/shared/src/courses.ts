import { z } from 'zod';
import './locale.js';
import { areaCodeSchema } from './area.js';
import { calendarDateSchema } from './calendar-date.js';
import { labelled } from './field-labels.zh-CN.js';
import { pageQuerySchema } from './pagination.js';
import { STARTING_SOON_DAYS } from './course-rules.js';
import { crsSchema, locationSchema } from './points.js';
import { certificateTypes, courseStatuses, courseTracks, eligibilityGroups, sessionKinds } from './course-values.js';
import { text } from './text.js';

export * from './course-values.js';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, labelled('须为 HH:MM 格式，如 09:00'));
const date = calendarDateSchema;

export const courseCertificateSchema = z.strictObject({
  type: z.enum(certificateTypes),
  name: text({ min: 2, max: 60 }).meta({ example: '低压电工特种作业操作证' }),
  issuer: text({ min: 2, max: 60 }).meta({ example: '应急管理部门' }),
});

export const courseSessionSchema = z
  .strictObject({ date, start: time, end: time, kind: z.enum(sessionKinds).default('theory') })
  .refine((s) => s.start < s.end, { message: '结束时间须晚于开始时间', path: ['end'] });

export const courseSiteSchema = z.strictObject({
  name: text({ min: 2, max: 60 }),
  address: text({ min: 2, max: 120 }),
  location: locationSchema,
  pointId: z
    .string()
    .regex(/^[a-f0-9]{24}$/)
    .optional(),
});

export type CourseSite = z.infer<typeof courseSiteSchema>;

const courseFields = {
  title: text({ min: 2, max: 80 }),
  trade: z.strictObject({
    name: text({ min: 2, max: 40 }),
    code: z
      .string()
      .regex(/^\d-\d{2}-\d{2}-\d{2}$/, '职业编码格式不正确，如 6-31-01-03')
      .optional(),
  }),
  level: z.number().int().min(1).max(5).meta({ description: '5 = 五级/初级工 … 1 = 一级/高级技师' }),
  certificates: z.array(courseCertificateSchema).min(1).max(3),
  providerId: text({ min: 1, max: 64 }),
  providerName: text({ min: 2, max: 60 }),
  providerRegistrationNo: text({ min: 2, max: 40 }),
  areaCode: areaCodeSchema,
  sites: z.array(courseSiteSchema).min(1).max(5),
  sessions: z.array(courseSessionSchema).min(1).max(200),
  capacity: z.number().int().min(1).max(500),
  feeFen: z.number().int().min(0).max(100_000_000, '学费不能超过 100 万元'),
  subsidyFen: z.number().int().min(0).max(100_000_000, '补贴不能超过 100 万元'),
  eligibility: z.array(z.enum(eligibilityGroups)).min(1).max(eligibilityGroups.length),
  enrollDeadline: z.iso.datetime({ offset: true }),
  tracks: z.array(z.enum(courseTracks)).max(courseTracks.length),
  employer: text({ min: 2, max: 60 }).optional().meta({ description: 'Named employer of an order class (订单班)' }),
  description: text({ max: 1000, multiline: true }).optional(),
  status: z.enum(courseStatuses),
};

export const createCourseBodySchema = z
  .strictObject({ ...courseFields, tracks: courseFields.tracks.default([]), status: courseFields.status.default('open'), crs: crsSchema })
  .refine((c) => c.subsidyFen <= c.feeFen, { message: '补贴不能高于学费', path: ['subsidyFen'] })
  .meta({ id: 'CreateCourseBody' });

const optionalCourseFields = Object.fromEntries(Object.entries(courseFields).map(([key, field]) => [key, field.optional()])) as {
  [K in keyof typeof courseFields]: z.ZodOptional<(typeof courseFields)[K]>;
};

/** Any field of a class; the server refuses changes to `courseFieldsLockedOnceEnrolled` after the first enrollment. */
export const updateCourseBodySchema = z
  .strictObject({ ...optionalCourseFields, crs: crsSchema })
  .refine((c) => c.subsidyFen === undefined || c.feeFen === undefined || c.subsidyFen <= c.feeFen, {
    message: '补贴不能高于学费',
    path: ['subsidyFen'],
  })
  .meta({ id: 'UpdateCourseBody' });

export type CreateCourseBody = z.infer<typeof createCourseBodySchema>;

export type UpdateCourseBody = z.infer<typeof updateCourseBodySchema>;

export const listCoursesQuerySchema = pageQuerySchema
  .extend({
    trade: text({ max: 40 }).optional(),
    dualCertificate: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    free: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    startingSoon: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional()
      .meta({ description: `Only classes whose first session is within the next ${STARTING_SOON_DAYS} days` }),
    status: z.enum(courseStatuses).optional(),
  })
  .meta({ id: 'ListCoursesQuery' });

export type ListCoursesQuery = z.infer<typeof listCoursesQuerySchema>;

/** The check character (GB 11643) of a resident ID number's first 17 digits. */
export function idCheckCharacter(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return '10X98765432'[sum % 11]!;
}

/** Mainland resident ID number: 17 digits and a check character (GB 11643). */
export function isValidIdNumber(id: string): boolean {
  return /^\d{17}[\dX]$/.test(id) && idCheckCharacter(id.slice(0, 17)) === id[17];
}

export const enrollBodySchema = z
  .strictObject({
    realName: text({ min: 2, max: 20 }),
    phone: z.string().regex(/^1\d{10}$/, labelled('须为 1 开头的 11 位数字')),
    idNumber: z.string().trim().toUpperCase().refine(isValidIdNumber, labelled('不正确，请核对')),
    group: z.enum(eligibilityGroups),
    consent: z.literal(true, '请阅读并同意个人信息使用说明'),
  })
  .meta({ id: 'EnrollBody' });

export type EnrollBody = z.infer<typeof enrollBodySchema>;

export const enrollmentStatuses = [
  'applied',
  'approved',
  'rejected',
  'attending',
  'completed',
  'certified',
  'failed',
  'withdrawn',
] as const;
export type EnrollmentStatus = (typeof enrollmentStatuses)[number];

/** Staff-facing names of the enrollment states (the mini-program words them for workers). */
export const enrollmentStatusLabels: Record<EnrollmentStatus, string> = {
  applied: '待审核',
  approved: '已通过',
  rejected: '已驳回',
  attending: '上课中',
  completed: '已结业',
  certified: '已取证',
  failed: '未通过',
  withdrawn: '已退出',
};

export const eligibilityGroupLabels: Record<(typeof eligibilityGroups)[number], string> = {
  registered_unemployed: '登记失业人员',
  rural_migrant: '农村转移劳动力',
  new_employment: '新就业形态劳动者',
  any: '所有人',
};

/** A score at or above this passes an exam when staff give only the score. */
export const PASS_SCORE = 60;

export const checkInBodySchema = z
  .strictObject({
    location: locationSchema,
    crs: crsSchema,
    at: z.iso.datetime({ offset: true }).optional().meta({ description: 'Original time of a check-in queued offline' }),
    clientId: z
      .string()
      .regex(/^[A-Za-z0-9-]{8,64}$/)
      .meta({ description: 'Chosen by the phone; a retry with the same id is not counted twice' }),
  })
  .meta({ id: 'CheckInBody' });

export const staffCheckInBodySchema = z
  .strictObject({ at: z.iso.datetime({ offset: true }), reason: text({ min: 2, max: 200, multiline: true }) })
  .meta({ id: 'StaffCheckInBody' });

export const reviewBodySchema = z
  .discriminatedUnion('action', [
    z.strictObject({ action: z.literal('approve') }),
    z.strictObject({ action: z.literal('reject'), reason: text({ min: 2, max: 200, multiline: true }) }),
    z.strictObject({
      action: z.literal('complete'),
      override: z
        .strictObject({ reason: text({ min: 2, max: 200, multiline: true }) })
        .optional()
        .meta({ description: 'Completes below the attendance share; the reason is kept and audited' }),
    }),
    z.strictObject({
      action: z.literal('result'),
      certificateType: z.enum(certificateTypes),
      passed: z.boolean(),
      score: z.number().min(0).max(100).optional(),
    }),
    z.strictObject({
      action: z.literal('certify'),
      certificateType: z.enum(certificateTypes),
      no: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9-]{6,40}$/, '证书编号为 6–40 位字母、数字或连字符'),
      issuedAt: date,
    }),
    z.strictObject({ action: z.literal('fail') }),
  ])
  .meta({ id: 'ReviewEnrollmentBody' });

export type ReviewBody = z.infer<typeof reviewBodySchema>;

export const revokeCertificateBodySchema = z
  .strictObject({ reason: text({ min: 2, max: 200, multiline: true }) })
  .meta({ id: 'RevokeCertificateBody' });

export type RevokeCertificateBody = z.infer<typeof revokeCertificateBodySchema>;

export const statsQuerySchema = z
  .strictObject({
    groupBy: z.enum(['area', 'provider', 'trade']).default('area'),
    from: date.optional().meta({ description: 'Enrollments made on or after this day' }),
    to: date.optional().meta({ description: 'Enrollments made on or before this day' }),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .meta({ id: 'TrainingStatsQuery' });

export type StatsQuery = z.infer<typeof statsQuerySchema>;
