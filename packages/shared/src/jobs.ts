import { z } from 'zod';
import './locale.js';
import { calendarDateSchema } from './calendar-date.js';
import { certificateTypes, courseSiteSchema, skillLevelLabels, skillLevels } from './courses.js';
import { queryNumber } from './decimal.js';
import { labelled } from './field-labels.zh-CN.js';
import { pageQuerySchema } from './pagination.js';
import { crsSchema, locationSchema } from './points.js';
import { text } from './text.js';

export const jobStatuses = ['draft', 'open', 'filled', 'closed'] as const;
export type JobStatus = (typeof jobStatuses)[number];
export const jobStatusLabels: Record<JobStatus, string> = { draft: '草稿', open: '招聘中', filled: '已招满', closed: '已关闭' };

export const jobShifts = ['day', 'night', 'rotating', 'flexible', 'part_time'] as const;
export type JobShift = (typeof jobShifts)[number];
export const jobShiftLabels: Record<JobShift, string> = {
  day: '白班',
  night: '夜班',
  rotating: '倒班',
  flexible: '弹性工时',
  part_time: '兼职',
};

export const applicationStates = ['applied', 'interview', 'offered', 'hired', 'declined', 'withdrawn'] as const;
export type ApplicationState = (typeof applicationStates)[number];
export const applicationStateLabels: Record<ApplicationState, string> = {
  applied: '已投递',
  interview: '邀请面试',
  offered: '已录用待入职',
  hired: '已入职',
  declined: '未通过',
  withdrawn: '已撤回',
};
/** States after which the employer may see the worker's phone number: they invited the worker. */
export const phoneRevealedIn: readonly ApplicationState[] = ['interview', 'offered', 'hired'];

const objectId = z.string().regex(/^[a-f0-9]{24}$/, labelled('不是有效的编号'));
const fen = z.number().int().min(0).max(10_000_000, labelled('不能超过 10 万元'));

/**
 * A certificate a job asks for, in the job's trade: its type and, for a skill level, the lowest level taken
 * (5 = 五级 … 1 = 一级; a higher level, a smaller number, also qualifies).
 */
export const jobRequirementSchema = z
  .strictObject({ type: z.enum(certificateTypes), level: z.union(skillLevels.map((l) => z.literal(l))).optional() })
  .meta({ id: 'JobRequirement' });
export type JobRequirement = z.infer<typeof jobRequirementSchema>;

/** Where the work is: the same shape as a class's site (a name, an address, a place, maybe a service point). */
export const jobSiteSchema = courseSiteSchema;

const jobFields = {
  jobTitle: text({ min: 2, max: 60 }),
  trade: z.strictObject({
    name: text({ min: 2, max: 40 }),
    code: z
      .string()
      .regex(/^\d-\d{2}-\d{2}-\d{2}$/, '职业编码格式不正确，如 6-31-01-03')
      .optional(),
  }),
  requirements: z.array(jobRequirementSchema).max(3),
  site: jobSiteSchema,
  payFen: z
    .strictObject({ min: fen, max: fen })
    .refine((p) => p.min <= p.max, { message: '最高月薪不能低于最低月薪', path: ['max'] })
    .meta({ description: 'Monthly pay range in fen (1 yuan = 100 fen)' }),
  shifts: z.array(z.enum(jobShifts)).min(1).max(jobShifts.length),
  headcount: z.number().int().min(1).max(1000),
  deadline: calendarDateSchema.meta({ description: 'Last day to apply (Beijing date)' }),
  orderCourseId: objectId
    .optional()
    .meta({ description: 'The order class (订单班) it recruits from: its certified completers get an interview' }),
  description: text({ max: 1000, multiline: true }).optional(),
};

export const createJobBodySchema = z
  .strictObject({ ...jobFields, crs: crsSchema, status: z.enum(['draft', 'open']).default('draft') })
  .meta({ id: 'CreateJobBody' });
export type CreateJobBody = z.infer<typeof createJobBodySchema>;

export const updateJobBodySchema = z
  .strictObject({
    ...(Object.fromEntries(Object.entries(jobFields).map(([k, f]) => [k, f.optional()])) as {
      [K in keyof typeof jobFields]: z.ZodOptional<(typeof jobFields)[K]>;
    }),
    orderCourseId: jobFields.orderCourseId.nullable(),
    description: jobFields.description.nullable().meta({ description: 'null removes it' }),
    crs: crsSchema,
  })
  .meta({ id: 'UpdateJobBody' });
export type UpdateJobBody = z.infer<typeof updateJobBodySchema>;

export const jobActionBodySchema = z
  .strictObject({ action: z.enum(['open', 'fill', 'close']) })
  .meta({ id: 'JobActionBody', description: 'open: draft → open; fill: open → filled; close: draft or open → closed' });
export type JobActionBody = z.infer<typeof jobActionBodySchema>;

const yes = z.enum(['true', 'false']).transform((v) => v === 'true');

export const listJobsQuerySchema = pageQuerySchema
  .extend({
    lng: queryNumber(locationSchema.shape.lng),
    lat: queryNumber(locationSchema.shape.lat),
    radiusKm: queryNumber(z.number().min(1).max(200)).default(30),
    trade: text({ max: 40 }).optional(),
    minPayFen: queryNumber(fen).optional().meta({ description: 'Jobs whose top monthly pay reaches this' }),
    qualified: yes.optional().meta({ description: 'Only jobs the signed-in worker qualifies for' }),
    crs: crsSchema,
  })
  .meta({ id: 'ListJobsQuery' });
export type ListJobsQuery = z.infer<typeof listJobsQuerySchema>;

export const manageJobsQuerySchema = pageQuerySchema
  .extend({ status: z.enum(jobStatuses).optional(), q: text({ max: 40 }).optional() })
  .meta({ id: 'ManageJobsQuery' });
export type ManageJobsQuery = z.infer<typeof manageJobsQuerySchema>;

export const applyBodySchema = z
  .strictObject({
    realName: text({ min: 2, max: 20 }),
    phone: z.string().regex(/^1\d{10}$/, labelled('须为 1 开头的 11 位数字')),
    consent: z.literal(true, '请阅读并同意个人信息使用说明'),
  })
  .meta({ id: 'ApplyBody' });
export type ApplyBody = z.infer<typeof applyBodySchema>;

export const applicationActionBodySchema = z
  .discriminatedUnion('action', [
    z.strictObject({
      action: z.literal('invite'),
      interviewAt: z.iso.datetime({ offset: true }),
      place: text({ min: 2, max: 120 }),
    }),
    z.strictObject({ action: z.literal('offer') }),
    z.strictObject({ action: z.literal('hire'), startDate: calendarDateSchema }),
    z.strictObject({ action: z.literal('decline'), reason: text({ min: 2, max: 200, multiline: true }) }),
    z.strictObject({ action: z.literal('withdraw') }),
  ])
  .meta({ id: 'ApplicationActionBody', description: 'invite, offer, hire and decline are the employer’s; withdraw the worker’s' });
export type ApplicationActionBody = z.infer<typeof applicationActionBodySchema>;

export const manageApplicationsQuerySchema = pageQuerySchema
  .extend({ state: z.enum(applicationStates).optional() })
  .meta({ id: 'ManageApplicationsQuery' });
export type ManageApplicationsQuery = z.infer<typeof manageApplicationsQuerySchema>;

export const certificateTypeLabels: Record<(typeof certificateTypes)[number], string> = {
  skill_level: '职业技能等级证书',
  special_operation: '特种作业操作证',
  industry_permit: '行业上岗证',
};

/** How a requirement reads to a worker: "电工特种作业操作证", "电工职业技能等级证书（五级/初级工及以上）". */
export function requirementLabel(requirement: JobRequirement, trade: string): string {
  const level = requirement.level ? `（${skillLevelLabels[requirement.level]}及以上）` : '';
  return `${trade}${certificateTypeLabels[requirement.type]}${level}`;
}

type ApplicationAction = ApplicationActionBody['action'];

/** Where each step of an application may start from and where it leads; withdraw is the worker's, the rest the employer's. */
export const applicationSteps: Record<
  ApplicationAction,
  { from: readonly ApplicationState[]; to: ApplicationState; by: 'worker' | 'employer' }
> = {
  invite: { from: ['applied'], to: 'interview', by: 'employer' },
  offer: { from: ['interview'], to: 'offered', by: 'employer' },
  hire: { from: ['interview', 'offered'], to: 'hired', by: 'employer' },
  decline: { from: ['applied', 'interview', 'offered'], to: 'declined', by: 'employer' },
  withdraw: { from: ['applied', 'interview', 'offered'], to: 'withdrawn', by: 'worker' },
};

/** The steps one side may take from a state, in the order above. */
export const applicationStepsFrom = (state: ApplicationState, by: 'worker' | 'employer'): ApplicationAction[] =>
  (Object.keys(applicationSteps) as ApplicationAction[]).filter(
    (a) => applicationSteps[a].by === by && applicationSteps[a].from.includes(state),
  );
