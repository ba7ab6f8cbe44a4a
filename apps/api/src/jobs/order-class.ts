import { trusted, type Types } from 'mongoose';
import type { AppContext } from '../context.js';
import { isDuplicateKey } from '../db/duplicate-key.js';
import { tellWorker } from './application-views.js';
import type { JobApplicationFields, JobFields } from './job.model.js';

type Ctx = AppContext;
interface Certified {
  _id: Types.ObjectId;
  workerId: Types.ObjectId;
  courseId: Types.ObjectId;
  realName?: string | null;
  phone?: string | null;
  providerId?: string | null;
}

/**
 * An order class's promise (招生即招工): each certified completer gets an application with the class's employer,
 * flagged as its guaranteed interview. The class page says so before enrolling, which is the worker's consent. The
 * unique (job, worker) index makes it exactly once, however often certification and the job's opening call this.
 */
async function interview(ctx: Ctx, job: JobFields, e: Certified): Promise<void> {
  const certificates = await ctx.models.Certificate.find({ enrollmentId: e._id, revokedAt: null }).lean();
  const now = new Date();
  try {
    const created = await ctx.models.JobApplication.create({
      jobId: job._id,
      workerId: e.workerId,
      employerKey: job.employerKey,
      employerName: job.employerName,
      areaCode: job.areaCode,
      realName: e.realName,
      phone: e.phone,
      consentAt: now,
      certificates: certificates.map((c) => ({ no: String(c._id), type: c.type, name: c.name, level: c.level })),
      enrollmentId: e._id,
      courseId: e.courseId,
      providerId: e.providerId,
      source: 'order_class',
      state: 'applied',
      history: [{ state: 'applied', at: now }],
    });
    await tellWorker(ctx, created.toObject() as JobApplicationFields);
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
}

/** A certified completer of a class: the interviews of every open job recruiting from it. */
export async function interviewCertified(ctx: Ctx, e: Certified): Promise<void> {
  const jobs = (await ctx.models.Job.find({ orderCourseId: e.courseId, status: 'open' }).lean()) as unknown as JobFields[];
  for (const job of jobs) await interview(ctx, job, e);
}

/** An order-class job opened: the interviews of everyone the class certified so far. */
export async function interviewOrderClass(ctx: Ctx, job: JobFields): Promise<void> {
  const certified = await ctx.models.Enrollment.find({ courseId: job.orderCourseId, status: trusted({ $in: ['certified'] }) }).lean();
  for (const e of certified) await interview(ctx, job, e);
}

/** The open jobs recruiting from a class, for its page: what its certified completers are promised. */
export async function orderJobsOf(ctx: Pick<AppContext, 'models'>, courseId: { toString(): string }) {
  const jobs = await ctx.models.Job.find({ orderCourseId: courseId.toString(), status: 'open' })
    .select({ jobTitle: 1, employerName: 1 })
    .lean();
  return jobs.map((j) => ({ id: j._id.toString(), jobTitle: j.jobTitle, employerName: j.employerName }));
}
