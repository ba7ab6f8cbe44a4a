import type { JobApplication } from '@yilu/contract';
import {
  beijingDate,
  type ApplicationActionBody,
  type ApplyBody,
  type ManageApplicationsQuery,
  type Page,
  type SessionUser,
} from '@yilu/shared';
import { isValidObjectId } from 'mongoose';
import { audit } from '../audit/audit.js';
import { canHire } from '../auth/scope.js';
import type { AppContext } from '../context.js';
import { isDuplicateKey } from '../db/duplicate-key.js';
import { notFound, refused } from '../http/problem.js';
import { auditAction, takeStep, type ApplicationDoc } from './application-steps.js';
import { jobFit } from './job-fit.js';
import type { JobApplicationFields, JobFields } from './job.model.js';
import { applicationViews, recordHire, tellWorker } from './application-views.js';
import { validWallet } from './wallet.js';

/** Applications from a worker's tap to a start date; a hire is written on the enrollment it rests on. */
export function createApplicationsService(ctx: AppContext) {
  const { Job, JobApplication, Enrollment } = ctx.models;

  const view = async (d: ApplicationDoc, forWorker: boolean) =>
    (await applicationViews(ctx, [d.toObject() as JobApplicationFields], forWorker))[0]!;
  const views = (docs: JobApplicationFields[], forWorker: boolean) => applicationViews(ctx, docs, forWorker);

  return {
    async apply(jobId: string, body: ApplyBody, user: SessionUser): Promise<JobApplication> {
      const job = (isValidObjectId(jobId) ? await Job.findById(jobId).lean() : null) as JobFields | null;
      if (!job || job.status !== 'open') throw notFound('岗位不存在或已停止招聘');
      if (job.deadline < beijingDate()) throw refused(409, 'deadline-passed', '该岗位已截止报名');
      const wallet = await validWallet(ctx, user.id);
      const fit = await jobFit(ctx, job, wallet);
      if (!fit.qualifies) throw refused(409, 'not-qualified', `缺少所需证书：${fit.missing.map((m) => m.label).join('、')}`);
      const basis = wallet.find((c) => c.no === fit.matched[0]?.no);
      const enrollment = basis ? await Enrollment.findById(basis.enrollmentId).select({ courseId: 1, providerId: 1 }).lean() : null;
      const now = new Date();
      try {
        const created = await JobApplication.create({
          jobId: job._id,
          workerId: user.id,
          employerKey: job.employerKey,
          employerName: job.employerName,
          areaCode: job.areaCode,
          realName: body.realName,
          phone: body.phone,
          consentAt: now,
          certificates: fit.matched,
          ...(enrollment ? { enrollmentId: enrollment._id, courseId: enrollment.courseId, providerId: enrollment.providerId } : {}),
          source: 'worker',
          history: [{ state: 'applied', at: now }],
        });
        await audit(ctx.models, user, { action: 'apply', entity: 'job_application', entityId: created.id as string, after: { jobId } });
        return view(created as unknown as ApplicationDoc, true);
      } catch (error) {
        if (isDuplicateKey(error)) throw refused(409, 'already-applied', '已申请过该岗位，可在“我的求职”查看进度');
        throw error;
      }
    },

    async mine(user: SessionUser): Promise<{ items: JobApplication[] }> {
      const docs = await JobApplication.find({ workerId: user.id }).sort({ createdAt: -1 }).lean();
      return { items: await views(docs as unknown as JobApplicationFields[], true) };
    },

    async forJob(jobId: string, q: ManageApplicationsQuery, user: SessionUser): Promise<Page<JobApplication>> {
      const job = isValidObjectId(jobId) ? await Job.findById(jobId).lean() : null;
      if (!job || !canHire(user, job)) throw notFound('岗位不存在');
      const filter: Record<string, unknown> = { jobId: job._id, ...(q.state ? { state: q.state } : {}) };
      const [docs, total] = await Promise.all([
        JobApplication.find(filter)
          .sort({ createdAt: -1 })
          .skip((q.page - 1) * q.pageSize)
          .limit(q.pageSize)
          .lean(),
        JobApplication.countDocuments(filter),
      ]);
      return { items: await views(docs as unknown as JobApplicationFields[], false), total, page: q.page, pageSize: q.pageSize };
    },

    async act(id: string, body: ApplicationActionBody, user: SessionUser): Promise<JobApplication> {
      const a = (isValidObjectId(id) ? await JobApplication.findById(id) : null) as ApplicationDoc | null;
      const visible = a && (user.role === 'worker' ? a.workerId.toString() === user.id : canHire(user, a));
      if (!a || !visible) throw notFound('申请不存在');
      const before = { state: a.state };
      takeStep(a, body, user);
      await a.save();
      const { action, ...recorded } = body;
      await audit(ctx.models, user, {
        action: auditAction(action),
        entity: 'job_application',
        entityId: id,
        before,
        after: { state: a.state, ...recorded },
      });
      if (a.state === 'hired') await recordHire(ctx, a);
      if (user.role !== 'worker') await tellWorker(ctx, a);
      return view(a, user.role === 'worker');
    },
  };
}
