import { addDays, beijingDate, type CreateJobBody, type SessionUser } from '@yilu/shared';
import { toSessionUser } from '../accounts/account.dto.js';
import type { AppContext } from '../context.js';
import { createApplicationsService } from './applications.service.js';
import { createJobsService } from './jobs.service.js';

const day = (offset: number) => addDays(beijingDate(), offset);
const DEMO_HIRES = 14;
const both = [{ type: 'special_operation' as const }, { type: 'skill_level' as const, level: 5 as const }];
const loaderCertificates = [{ type: 'industry_permit' as const }, { type: 'skill_level' as const, level: 5 as const }];

/** A demo point's name, address and place, as a job's site. */
async function siteAt(ctx: AppContext, externalId: string, name?: string) {
  const point = (await ctx.models.Point.findOne({ externalId }).lean())!;
  const location = point.location as { lng: number; lat: number };
  return {
    name: name ?? point.name,
    address: point.address,
    location: { lng: location.lng + 0.01, lat: location.lat },
    crs: 'wgs84' as const,
  };
}

async function employer(ctx: AppContext, username: string): Promise<SessionUser> {
  return toSessionUser((await ctx.models.Account.findOne({ username }))!);
}

function job(
  site: Awaited<ReturnType<typeof siteAt>>,
  fields: Partial<CreateJobBody> & Pick<CreateJobBody, 'jobTitle' | 'trade'>,
): CreateJobBody {
  const { crs, ...place } = site;
  return {
    requirements: both,
    site: place,
    crs,
    payFen: { min: 550_000, max: 750_000 },
    shifts: ['day'],
    headcount: 3,
    deadline: day(45),
    status: 'open',
    ...fields,
  };
}

/**
 * Demo jobs: Midong's loader class led to 14 hires by three employers (through applications, interviews and offers,
 * as in the product) with three more on their way; an electrician job the demo worker qualifies for (both
 * electrician certificates); and Jimsar's forklift order class with its employer's job, which the demo worker lacks
 * both certificates for (its pathway is that class). Running it twice changes nothing.
 */
export async function seedDemoJobs(ctx: AppContext): Promise<number> {
  if (await ctx.models.Job.exists({ jobTitle: '配电运维电工' })) return 0;
  const jobs = createJobsService(ctx);
  const midong = await siteAt(ctx, 'demo-md-1', '米东区建设工程项目部');
  const loaderJobs = [];
  for (const [username, headcount] of [
    ['employer', 8],
    ['ganquanbao', 6],
    ['luqiao', 5],
  ] as const) {
    const by = await employer(ctx, username);
    const loader = job(midong, { jobTitle: '装载机司机', trade: { name: '装载机司机' }, requirements: loaderCertificates, headcount });
    loaderJobs.push({ by, job: await jobs.create(loader, by) });
  }
  await hireFromLoaderClass(ctx, loaderJobs);

  const builder = await employer(ctx, 'employer');
  await jobs.create(
    job(midong, { jobTitle: '配电运维电工', trade: { name: '电工', code: '6-31-01-03' }, payFen: { min: 600_000, max: 900_000 } }),
    builder,
  );
  await jobs.create(job(midong, { jobTitle: '工地安全员', trade: { name: '安全员' }, requirements: [], status: 'draft' }), builder);

  const forklift = (await ctx.models.Course.findOne({ title: '叉车司机订单班（家门口培训）' }).lean())!;
  const jimsar = await siteAt(ctx, 'demo-jm-1', '吉木萨尔县现代物流园仓储中心');
  const logistics = await employer(ctx, 'jimsar-logistics');
  const orderJob = job(jimsar, { jobTitle: '仓储叉车司机', trade: { name: '叉车司机', code: '6-29-03-05' }, headcount: 20 });
  await jobs.create({ ...orderJob, orderCourseId: forklift._id.toString(), shifts: ['day', 'rotating'] }, logistics);
  return 6;
}

/** Certified trainees of the loader class: 14 hired by the three employers (started 6–10 days ago), 3 still on their way. */
async function hireFromLoaderClass(ctx: AppContext, loaderJobs: { by: SessionUser; job: { id: string } }[]) {
  const applications = createApplicationsService(ctx);
  const course = (await ctx.models.Course.findOne({ title: '装载机司机“一培双证”培训班（秋季班）' }).lean())!;
  const certified = await ctx.models.Enrollment.find({ courseId: course._id, status: 'certified' }).sort({ createdAt: 1 }).lean();
  for (const [i, e] of certified.entries()) {
    const { by, job: posted } = i < DEMO_HIRES ? loaderJobs[i % loaderJobs.length]! : loaderJobs[0]!;
    const worker = toSessionUser((await ctx.models.Account.findById(e.workerId))!);
    const applied = await applications.apply(posted.id, { realName: e.realName!, phone: e.phone!, consent: true }, worker);
    const steps = [
      { action: 'invite' as const, interviewAt: `${day(i < DEMO_HIRES ? -14 : 2)}T10:00:00+08:00`, place: by.employerName ?? '' },
      { action: 'offer' as const },
      { action: 'hire' as const, startDate: day(-10 + (i % 5)) },
    ];
    // The last three: one applied, one invited, one offered.
    const taken = i < DEMO_HIRES ? steps.length : i - DEMO_HIRES;
    for (const step of steps.slice(0, taken)) await applications.act(applied.id, step, by);
  }
}
