import { trusted } from 'mongoose';
import type { SessionUser } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { createAccountsService } from '../accounts/accounts.service.js';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts.js';
import { demoPoints } from './demo-points.js';
import { districtAt } from '@yilu/areas';
import { generatePoints, type GeneratedPoint } from './generate-points.js';
import { seedDemoCourses } from './seed-courses.js';
import { seedDemoJobs } from '../jobs/demo-jobs.js';
import { seedDemoWishes } from '../wishes/demo-wishes.js';
import { seedDemoDemand } from '../demand/demo-demand.js';

/** Generated neighbours around the named places, so the map has something to cluster. */
export const DEMO_GENERATED_POINTS = 320;

/** Adds the demo accounts, points, classes, wishes and jobs that are missing; running it twice changes nothing. Refuses in production. */
export async function seedDemo(
  ctx: AppContext,
): Promise<{ created: string[]; points: number; courses: number; wishes: number; jobs: number }> {
  if (ctx.config.env === 'production') throw new Error('Demo data is never seeded in production.');
  const accounts = createAccountsService(ctx);
  const created: string[] = [];
  for (const account of demoAccounts) {
    if (await ctx.models.Account.exists({ username: account.username })) continue;
    await accounts.create({ ...account, password: DEMO_PASSWORD });
    created.push(account.username);
  }
  const points = await seedDemoPoints(ctx);
  const admin = (await ctx.models.Account.findOne({ username: 'admin' }).lean())!;
  const courses = await seedDemoCourses(ctx, { id: admin._id.toString(), role: 'admin', displayName: admin.displayName ?? '' });
  const wishes = await seedDemoWishes(ctx, await demoStaff(ctx));
  await seedDemoDemand(ctx);
  const jobs = await seedDemoJobs(ctx);
  return { created, points, courses, wishes, jobs };
}

/** The demo staff as signed in, by username. */
async function demoStaff(ctx: AppContext): Promise<Record<string, SessionUser>> {
  const accounts = await ctx.models.Account.find({ username: trusted({ $in: demoAccounts.map((a) => a.username) }) }).lean();
  return Object.fromEntries(
    accounts.map((a) => [
      a.username!,
      { id: a._id.toString(), role: a.role, displayName: a.displayName, ...(a.areaCode ? { areaCode: a.areaCode } : {}) } as SessionUser,
    ]),
  );
}

/** Adds the demo service points once (recognised by their `demo-` external ids); returns how many were added. */
async function seedDemoPoints(ctx: AppContext): Promise<number> {
  const { Point } = ctx.models;
  if (await Point.exists({ externalId: demoPoints[0]!.externalId })) return 0;
  const named = demoPoints.map((p) => ({ ...p, status: 'published', verifiedAt: new Date() }));
  const generated = generatedDemoPoints();
  const inserted = await Point.insertMany([...named, ...generated]);
  for (const doc of inserted) await ctx.points.changed(doc._id);
  return inserted.length;
}

/**
 * DEMO_GENERATED_POINTS generated points, each filed under the district that holds it: the generator spreads them
 * 25 km around a city's centre, across its neighbouring districts and, by the coast, into the sea (left out).
 */
export function generatedDemoPoints(): GeneratedPoint[] {
  const onLand = generatePoints(DEMO_GENERATED_POINTS * 2, 7, 'demo-gen').flatMap((p) => {
    const district = districtAt(p.location);
    return district ? [{ ...p, areaCode: district.code }] : [];
  });
  return onLand.slice(0, DEMO_GENERATED_POINTS);
}
