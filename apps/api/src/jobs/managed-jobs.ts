import type { ManagedJob } from '@yilu/contract';
import type { ManageJobsQuery, Page, SessionUser } from '@yilu/shared';
import { trusted } from 'mongoose';
import { hiringFilter } from '../auth/scope.js';
import type { AppContext } from '../context.js';
import { escapeRegex } from '../db/regex.js';
import { refused } from '../http/problem.js';
import type { JobFields } from './job.model.js';
import { noApplications, toManagedJob, type ApplicationCounts } from './job-view.js';

/** Refuses an order class that does not exist or was cancelled. */
export async function orderCourseExists(ctx: AppContext, id: string | null | undefined): Promise<void> {
  if (id && !(await ctx.models.Course.exists({ _id: id, status: trusted({ $ne: 'cancelled' }) }))) {
    throw refused(422, 'unknown-course', '订单班不存在或已取消', 'body.orderCourseId');
  }
}

/** Postings with their applications per state and their order classes' titles: two reads for a page. */
export async function managedJobViews(ctx: AppContext, jobs: JobFields[]): Promise<ManagedJob[]> {
  const { JobApplication, Course } = ctx.models;
  const courseIds = jobs.flatMap((j) => (j.orderCourseId ? [j.orderCourseId] : []));
  const [applications, courses] = await Promise.all([
    JobApplication.find({ jobId: trusted({ $in: jobs.map((j) => j._id) }) })
      .select({ jobId: 1, state: 1 })
      .lean(),
    courseIds.length
      ? Course.find({ _id: trusted({ $in: courseIds }) })
          .select({ title: 1 })
          .lean()
      : [],
  ]);
  const counts = new Map<string, ApplicationCounts>();
  for (const a of applications) {
    const c = counts.get(a.jobId.toString()) ?? noApplications();
    c[a.state as keyof ApplicationCounts]++;
    counts.set(a.jobId.toString(), c);
  }
  const titles = new Map(courses.map((c) => [c._id.toString(), c.title]));
  return jobs.map((j) => toManagedJob(j, counts.get(j._id.toString()) ?? noApplications(), titles.get(j.orderCourseId?.toString() ?? '')));
}

/** An employer's own postings, or every posting in the staff's area; newest first. */
export async function listManagedJobs(ctx: AppContext, q: ManageJobsQuery, user: SessionUser): Promise<Page<ManagedJob>> {
  const filter: Record<string, unknown> = { ...hiringFilter(user) };
  if (q.status) filter.status = q.status;
  if (q.q) filter.jobTitle = trusted({ $regex: escapeRegex(q.q), $options: 'i' });
  const [docs, total] = await Promise.all([
    ctx.models.Job.find(filter)
      .sort({ createdAt: -1 })
      .skip((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .lean(),
    ctx.models.Job.countDocuments(filter),
  ]);
  return { items: await managedJobViews(ctx, docs as unknown as JobFields[]), total, page: q.page, pageSize: q.pageSize };
}
