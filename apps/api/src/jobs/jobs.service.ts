import { districtAt } from '@yilu/areas';
import type { ManagedJob } from '@yilu/contract';
import {
  beijingDate,
  convertCrs,
  type CreateJobBody,
  type JobActionBody,
  type JobStatus,
  type ManageJobsQuery,
  type SessionUser,
  type UpdateJobBody,
} from '@yilu/shared';
import { isValidObjectId, type HydratedDocument } from 'mongoose';
import { audit } from '../audit/audit.js';
import { canHire } from '../auth/scope.js';
import type { AppContext } from '../context.js';
import { forbidden, notFound, refused } from '../http/problem.js';
import type { JobFields } from './job.model.js';
import { listManagedJobs, managedJobViews, orderCourseExists } from './managed-jobs.js';
import { interviewOrderClass } from './order-class.js';

type JobDoc = HydratedDocument<JobFields>;

/** Which status each action leads from and to. */
const statusSteps: Record<JobActionBody['action'], { from: JobStatus[]; to: JobStatus }> = {
  open: { from: ['draft'], to: 'open' },
  fill: { from: ['open'], to: 'filled' },
  close: { from: ['draft', 'open'], to: 'closed' },
};

function checkDeadline(deadline: string, status: JobStatus) {
  if (status === 'open' && deadline < beijingDate())
    throw refused(422, 'deadline-passed', '截止日期已过，请先修改截止日期', 'body.deadline');
}

/** The district of a site (stored in WGS-84), which is the posting's area. */
function siteArea(location: { lng: number; lat: number }): string {
  const district = districtAt(location);
  if (!district) throw refused(422, 'unknown-place', '工作地点不在已知的区县内，请重新选择位置', 'body.site.location');
  return district.code;
}

/** Job postings as their employers and the staff of the area keep them. */
export function createJobsService(ctx: AppContext) {
  const { Job, JobApplication } = ctx.models;

  async function findManaged(id: string, user: SessionUser): Promise<JobDoc> {
    const job = isValidObjectId(id) ? await Job.findById(id) : null;
    if (!job || !canHire(user, job)) throw notFound('岗位不存在');
    return job as unknown as JobDoc;
  }

  const answer = async (job: JobDoc) => (await managedJobViews(ctx, [job.toObject() as JobFields]))[0]!;

  /** The job changed: the jobs list reloads, and an opened order-class job interviews the class's certified completers. */
  async function changed(job: JobDoc) {
    ctx.openJobs.changed();
    if (job.status === 'open' && job.orderCourseId) await interviewOrderClass(ctx, job.toObject() as JobFields);
  }

  return {
    findManaged,

    list: (q: ManageJobsQuery, user: SessionUser) => listManagedJobs(ctx, q, user),

    async create(body: CreateJobBody, user: SessionUser): Promise<ManagedJob> {
      if (user.role !== 'employer' || !user.creditCode) throw forbidden('只有用人单位账号可以发布岗位');
      const { crs, status, ...fields } = body;
      const location = convertCrs(body.site.location, crs, 'wgs84');
      checkDeadline(body.deadline, status);
      await orderCourseExists(ctx, body.orderCourseId);
      const job = (await Job.create({
        ...fields,
        site: { ...fields.site, location },
        areaCode: siteArea(location),
        status,
        employerKey: user.creditCode,
        employerName: user.employerName ?? user.displayName,
        createdBy: user.id,
      })) as unknown as JobDoc;
      await audit(ctx.models, user, {
        action: 'create',
        entity: 'job',
        entityId: job.id as string,
        after: { status, jobTitle: body.jobTitle },
      });
      await changed(job);
      return answer(job);
    },

    async update(id: string, body: UpdateJobBody, user: SessionUser): Promise<ManagedJob> {
      const job = await findManaged(id, user);
      if (user.role !== 'employer') throw forbidden('岗位内容由用人单位修改');
      if (job.status !== 'draft' && job.status !== 'open') throw refused(409, 'job-ended', '岗位已招满或已关闭，不能修改');
      const { crs, ...fields } = body;
      if (fields.site) {
        const location = convertCrs(fields.site.location, crs, 'wgs84');
        job.set({ site: { ...fields.site, location }, areaCode: siteArea(location) });
      }
      if (fields.headcount !== undefined && fields.headcount < (await JobApplication.countDocuments({ jobId: job._id, state: 'hired' }))) {
        throw refused(409, 'headcount-below-hired', '招聘人数不能少于已入职人数', 'body.headcount');
      }
      checkDeadline(fields.deadline ?? job.deadline, job.status as JobStatus);
      await orderCourseExists(ctx, fields.orderCourseId);
      const { site: _site, ...rest } = fields;
      job.set(rest);
      await job.save();
      await audit(ctx.models, user, { action: 'update', entity: 'job', entityId: id, after: rest });
      await changed(job);
      return answer(job);
    },

    async changeStatus(id: string, body: JobActionBody, user: SessionUser): Promise<ManagedJob> {
      const job = await findManaged(id, user);
      const step = statusSteps[body.action];
      const before = job.status as JobStatus;
      if (!step.from.includes(before)) throw refused(409, 'job-status', '岗位当前状态不能执行此操作', 'body.action');
      checkDeadline(job.deadline, step.to);
      job.status = step.to;
      await job.save();
      await audit(ctx.models, user, {
        action: body.action,
        entity: 'job',
        entityId: id,
        before: { status: before },
        after: { status: step.to },
      });
      await changed(job);
      return answer(job);
    },
  };
}

export type JobsService = ReturnType<typeof createJobsService>;
