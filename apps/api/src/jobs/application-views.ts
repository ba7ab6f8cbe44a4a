import type { JobApplication } from '@yilu/contract';
import { trusted } from 'mongoose';
import { BEIJING_TIMEZONE, zonedDateTime } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { notifyApplicationChanged } from '../notifications/events.js';
import type { ApplicationDoc } from './application-steps.js';
import type { JobApplicationFields, JobFields } from './job.model.js';
import { toApplicationView } from './job-view.js';

/** The answers for some applications: their jobs and classes in one read each. */
export async function applicationViews(ctx: AppContext, docs: JobApplicationFields[], forWorker: boolean): Promise<JobApplication[]> {
  const { Job, Course } = ctx.models;
  const [jobs, courses] = await Promise.all([
    Job.find({ _id: trusted({ $in: docs.map((d) => d.jobId) }) }).lean(),
    Course.find({ _id: trusted({ $in: docs.flatMap((d) => (d.courseId ? [d.courseId] : [])) }) })
      .select({ title: 1 })
      .lean(),
  ]);
  const jobOf = new Map(jobs.map((j) => [j._id.toString(), j as unknown as JobFields]));
  const titleOf = new Map(courses.map((c) => [c._id.toString(), c.title]));
  return docs.map((d) => {
    const courseTitle = titleOf.get(d.courseId?.toString() ?? '');
    return toApplicationView(d, jobOf.get(d.jobId.toString())!, { forWorker, ...(courseTitle ? { courseTitle } : {}) });
  });
}

/** The job's hires reached its headcount: it is filled and leaves the list. */
async function fillWhenFull(ctx: AppContext, jobId: { toString(): string }) {
  const { Job, JobApplication } = ctx.models;
  const job = await Job.findById(jobId);
  if (job?.status === 'open' && (await JobApplication.countDocuments({ jobId: job._id, state: 'hired' })) >= job.headcount) {
    job.status = 'filled';
    await job.save();
  }
  ctx.openJobs.changed();
}

/** A hire is the job outcome of the enrollment whose certificate the application rests on: 上岗率 counts it. */
export async function recordHire(ctx: AppContext, a: ApplicationDoc) {
  if (a.enrollmentId) {
    const job = { employer: a.employerName, startedAt: a.startDate, jobId: a.jobId, applicationId: a._id };
    await ctx.models.Enrollment.updateOne({ _id: a.enrollmentId }, { $set: { job } });
  }
  await fillWhenFull(ctx, a.jobId);
}

/** The worker hears of each step the employer takes (and of an order class's interview), in 消息 and on WeChat. */
export async function tellWorker(ctx: AppContext, a: ApplicationDoc | JobApplicationFields): Promise<void> {
  const interview = a.interview?.at ? `${zonedDateTime(a.interview.at, BEIJING_TIMEZONE)} ${a.interview.place ?? ''}` : '';
  const detail = { interview, hired: a.startDate ?? '', declined: a.reason ?? '' }[a.state as string] ?? a.employerName ?? '';
  const job = await ctx.models.Job.findById(a.jobId).select({ jobTitle: 1 }).lean();
  await notifyApplicationChanged(ctx, {
    id: a._id.toString(),
    workerId: a.workerId,
    state: a.state as string,
    jobTitle: job?.jobTitle ?? '',
    employerName: a.employerName ?? '',
    detail,
  });
}
