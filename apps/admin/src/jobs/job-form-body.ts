import type { ManagedJob } from '@yilu/contract';
import {
  addDays,
  beijingDate,
  convertCrs,
  createJobBodySchema,
  fieldErrorsFromZod,
  type certificateTypes,
  type Crs,
  type JobRequirement,
  type JobShift,
} from '@yilu/shared';
import { t } from '../locales/zh-CN';

export type CertificateType = (typeof certificateTypes)[number];
export type SkillLevel = NonNullable<JobRequirement['level']>;
export interface RequirementRow {
  type: CertificateType;
  level: SkillLevel | null;
}
export const MAX_REQUIREMENTS = 3;

export interface JobFormValues {
  jobTitle: string;
  tradeName: string;
  tradeCode: string;
  requirements: RequirementRow[];
  /** The site is a service point (its name, address and place copied), or typed and pinned on the map. */
  siteMode: 'point' | 'address';
  pointId: string;
  siteName: string;
  siteAddress: string;
  siteLocation: { lng: number | null; lat: number | null };
  payMinYuan: number | null;
  payMaxYuan: number | null;
  shifts: JobShift[];
  headcount: number;
  deadline: string;
  orderCourseId: string;
  description: string;
}

export const emptyJob = (today = beijingDate()): JobFormValues => ({
  jobTitle: '',
  tradeName: '',
  tradeCode: '',
  requirements: [],
  siteMode: 'address',
  pointId: '',
  siteName: '',
  siteAddress: '',
  siteLocation: { lng: null, lat: null },
  payMinYuan: null,
  payMaxYuan: null,
  shifts: ['day'],
  headcount: 1,
  deadline: addDays(today, 30),
  orderCourseId: '',
  description: '',
});

const yuan = (fen: number) => fen / 100;
const fen = (yuan: number | null) => (yuan === null ? NaN : Math.round(yuan * 100));

/** The form's values for a stored posting, its site moved into the map's coordinate system. */
export function valuesFrom(job: ManagedJob, crs: Crs): JobFormValues {
  const location = convertCrs(job.site.location, job.crs, crs);
  return {
    jobTitle: job.jobTitle,
    tradeName: job.trade.name,
    tradeCode: job.trade.code ?? '',
    requirements: job.requirements.map((r) => ({ type: r.type, level: r.level ?? null })),
    siteMode: job.site.pointId ? 'point' : 'address',
    pointId: job.site.pointId ?? '',
    siteName: job.site.name,
    siteAddress: job.site.address,
    siteLocation: { lng: location.lng, lat: location.lat },
    payMinYuan: yuan(job.payFen.min),
    payMaxYuan: yuan(job.payFen.max),
    shifts: [...job.shifts],
    headcount: job.headcount,
    deadline: job.deadline,
    orderCourseId: job.orderCourse?.id ?? '',
    description: job.description ?? '',
  };
}

/** The form field that shows a body path's message: "payFen.max" → "payMax", "site.location.lng" → "siteLocation". */
export function formFieldOf(path: string): string {
  const [head, sub] = path.split('.');
  if (head === 'trade') return sub === 'code' ? 'tradeCode' : 'tradeName';
  if (head === 'payFen') return sub === 'min' ? 'payMin' : 'payMax';
  if (head === 'site')
    return ({ location: 'siteLocation', name: 'siteName', address: 'siteAddress' } as Record<string, string>)[sub ?? ''] ?? 'site';
  return head!;
}

/** The API's (or the schema's) messages by body path → the first message for each form field. */
export function formMessages(messages: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(messages)) out[formFieldOf(path)] ??= message;
  return out;
}

/**
 * The posting's body without its status, or messages per form field, checked with the schema the API uses. A
 * level is asked only of a skill-level certificate; blank optional fields are left out.
 */
export function jobBodyFrom(v: JobFormValues, crs: Crs): { body?: Record<string, unknown>; errors: Record<string, string> } {
  const tradeCode = v.tradeCode.trim();
  const body: Record<string, unknown> = {
    jobTitle: v.jobTitle.trim(),
    trade: { name: v.tradeName.trim(), ...(tradeCode ? { code: tradeCode } : {}) },
    requirements: v.requirements.map((r) => ({ type: r.type, ...(r.type === 'skill_level' && r.level ? { level: r.level } : {}) })),
    site: {
      name: v.siteName.trim(),
      address: v.siteAddress.trim(),
      location: { lng: v.siteLocation.lng ?? NaN, lat: v.siteLocation.lat ?? NaN },
      ...(v.siteMode === 'point' && v.pointId ? { pointId: v.pointId } : {}),
    },
    payFen: { min: fen(v.payMinYuan), max: fen(v.payMaxYuan) },
    shifts: v.shifts,
    headcount: v.headcount,
    deadline: v.deadline ?? '',
    ...(v.orderCourseId ? { orderCourseId: v.orderCourseId } : {}),
    ...(v.description.trim() ? { description: v.description.trim() } : {}),
    crs,
  };
  const messages: Record<string, string> = {};
  // Without a point chosen its name, address and place are all missing: one message says what to do.
  if (v.siteMode === 'point' && !v.pointId) messages.site = t.jobs.pickPoint;
  const result = createJobBodySchema.safeParse(body);
  if (!result.success) for (const e of fieldErrorsFromZod(result.error)) messages[e.field] ??= e.message;
  const errors = formMessages(messages);
  if (errors.site) for (const shown of ['siteName', 'siteAddress', 'siteLocation']) delete errors[shown];
  return Object.keys(errors).length ? { errors } : { body, errors };
}
