import type { Job, JobApplication } from '@yilu/contract';
import { isValidObjectId } from 'mongoose';
import { beijingDate, convertCrs, haversineM, type ListJobsQuery, type Page, type SessionUser } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { notFound } from '../http/problem.js';
import { jobFit, qualifies } from './job-fit.js';
import type { JobFields } from './job.model.js';
import { siteLngLat, toJobView } from './job-view.js';
import { validWallet, type WalletCertificate } from './wallet.js';

/** A signed-in worker's wallet and applications; nothing for anyone else. Two indexed reads. */
async function workerFacts(ctx: AppContext, user?: SessionUser) {
  if (user?.role !== 'worker') return undefined;
  const [wallet, applications] = await Promise.all([
    validWallet(ctx, user.id),
    ctx.models.JobApplication.find({ workerId: user.id }).select({ jobId: 1, state: 1 }).lean(),
  ]);
  const mine = new Map(applications.map((a) => [a.jobId.toString(), { id: a._id.toString(), state: a.state as JobApplication['state'] }]));
  return { wallet, mine };
}

function matchesQuery(job: JobFields, q: ListJobsQuery, today: string, wallet?: readonly WalletCertificate[]): boolean {
  if (job.deadline < today) return false;
  if (q.trade && !job.trade.name.includes(q.trade)) return false;
  if (q.minPayFen !== undefined && (job.payFen?.max ?? 0) < q.minPayFen) return false;
  return !q.qualified || (wallet !== undefined && qualifies(job, wallet));
}

/** Open jobs within the radius, nearest first, from the snapshot; the page's jobs carry the worker's fit. */
export async function listJobs(ctx: AppContext, q: ListJobsQuery, user?: SessionUser): Promise<Page<Job>> {
  const [{ jobs, hired }, facts] = await Promise.all([ctx.openJobs.get(), workerFacts(ctx, user)]);
  const near = convertCrs({ lng: q.lng, lat: q.lat }, q.crs, 'wgs84');
  const radiusM = q.radiusKm * 1000;
  const today = beijingDate();
  const found: { job: JobFields; distanceM: number }[] = [];
  for (const job of jobs) {
    const distanceM = haversineM(near, siteLngLat(job));
    if (distanceM <= radiusM && matchesQuery(job, q, today, facts?.wallet)) found.push({ job, distanceM });
  }
  found.sort((a, b) => a.distanceM - b.distanceM);
  const page = found.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const items = await Promise.all(
    page.map(async ({ job }) =>
      toJobView(job, {
        crs: q.crs,
        near,
        hired: hired.get(job._id.toString()) ?? 0,
        ...(facts ? { fit: await jobFit(ctx, job, facts.wallet, near) } : {}),
        ...(facts?.mine.has(job._id.toString()) ? { myApplication: facts.mine.get(job._id.toString()) } : {}),
      }),
    ),
  );
  return { items, total: found.length, page: q.page, pageSize: q.pageSize };
}

/** One job from the database: open, or one the worker applied to; with the worker's fit and pathway classes. */
export async function getJob(
  ctx: AppContext,
  id: string,
  { crs, lng, lat }: { crs: ListJobsQuery['crs']; lng?: number; lat?: number },
  user?: SessionUser,
): Promise<Job> {
  const near = lng !== undefined && lat !== undefined ? convertCrs({ lng, lat }, crs, 'wgs84') : undefined;
  const job = (isValidObjectId(id) ? await ctx.models.Job.findById(id).lean() : null) as JobFields | null;
  const facts = await workerFacts(ctx, user);
  const mine = facts?.mine.get(id);
  if (!job || (job.status !== 'open' && !mine)) throw notFound('岗位不存在或已停止招聘');
  const [hired, course] = await Promise.all([
    ctx.models.JobApplication.countDocuments({ jobId: job._id, state: 'hired' }),
    job.orderCourseId ? ctx.models.Course.findById(job.orderCourseId).select({ title: 1 }).lean() : null,
  ]);
  return toJobView(job, {
    crs,
    hired,
    ...(near ? { near } : {}),
    ...(course ? { orderCourseTitle: course.title } : {}),
    ...(facts ? { fit: await jobFit(ctx, job, facts.wallet, near) } : {}),
    ...(mine ? { myApplication: mine } : {}),
  });
}
