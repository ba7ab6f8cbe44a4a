import { trusted } from 'mongoose';
import { addDays, beijingDate, DEMAND_WINDOW_DAYS, firstSessionDate, SUPPLY_WINDOW_DAYS, type SessionUser } from '@yilu/shared';
import { areaScopeFilter, inScope } from '../auth/scope.js';
import type { AppContext } from '../context.js';
import { districtOf } from './districts.js';

/** Something counted for a trade in a district: a person (`workerId`) or a number of seats or vacancies. */
export interface Fact {
  trade: string;
  /** The district; a search made from nowhere known has none and counts for its trade only. */
  areaCode?: string;
}
export type PersonFact = Fact & { workerId: string };
export type AmountFact = Fact & { amount: number };

export interface DemandFacts {
  interest: PersonFact[];
  misses: PersonFact[];
  unfilled: AmountFact[];
  seatsOpen: AmountFact[];
}

async function interestFacts(ctx: AppContext, scope: Record<string, unknown>): Promise<PersonFact[]> {
  const docs = await ctx.models.LearningInterest.find(scope).select({ workerId: 1, trades: 1, areaCode: 1 }).lean();
  return docs.flatMap((d) => d.trades.map((trade) => ({ trade, areaCode: d.areaCode, workerId: d.workerId.toString() })));
}

async function missFacts(ctx: AppContext, scope: Record<string, unknown>, today: string): Promise<PersonFact[]> {
  const since = addDays(today, -(DEMAND_WINDOW_DAYS - 1));
  const docs = await ctx.models.SearchMiss.find({ ...scope, day: trusted({ $gte: since }) })
    .select({ workerId: 1, trade: 1, areaCode: 1 })
    .lean();
  return docs.map((d) => ({ trade: d.trade, areaCode: d.areaCode ?? undefined, workerId: d.workerId.toString() }));
}

/** Open jobs' headcount minus those hired, per job. */
async function unfilledFacts(ctx: AppContext, scope: Record<string, unknown>): Promise<AmountFact[]> {
  const [jobs, hires] = await Promise.all([
    ctx.models.Job.find({ ...scope, status: 'open' })
      .select({ trade: 1, areaCode: 1, headcount: 1 })
      .lean(),
    ctx.models.JobApplication.find({ ...scope, state: 'hired' })
      .select({ jobId: 1 })
      .lean(),
  ]);
  const hired = new Map<string, number>();
  for (const h of hires) hired.set(h.jobId.toString(), (hired.get(h.jobId.toString()) ?? 0) + 1);
  return jobs.map((j) => ({
    trade: j.trade?.name ?? '',
    areaCode: districtOf(j.areaCode),
    amount: Math.max(0, j.headcount - (hired.get(j._id.toString()) ?? 0)),
  }));
}

/** Seats left in open classes whose first session is from today to SUPPLY_WINDOW_DAYS on, from the open-classes snapshot. */
async function seatFacts(ctx: AppContext, user: SessionUser, today: string): Promise<AmountFact[]> {
  const until = addDays(today, SUPPLY_WINDOW_DAYS);
  const { docs, seats } = await ctx.openClasses.get();
  return docs
    .filter((c) => c.status === 'open' && inScope(user, c.areaCode))
    .filter((c) => {
      const first = firstSessionDate(c.sessions);
      return first >= today && first <= until;
    })
    .map((c) => ({
      trade: c.trade?.name ?? '',
      areaCode: districtOf(c.areaCode),
      amount: Math.max(0, c.capacity - (seats.get(c._id.toString()) ?? 0)),
    }));
}

/** What the demand figures count in the user's area: people who asked, vacancies, and seats soon open. */
export async function loadDemandFacts(ctx: AppContext, user: SessionUser, today = beijingDate()): Promise<DemandFacts> {
  const scope = areaScopeFilter(user);
  const [interest, misses, unfilled, seatsOpen] = await Promise.all([
    interestFacts(ctx, scope),
    missFacts(ctx, scope, today),
    unfilledFacts(ctx, scope),
    seatFacts(ctx, user, today),
  ]);
  const named = <F extends Fact>(facts: F[]) => facts.filter((f) => f.trade);
  return { interest, misses, unfilled: named(unfilled), seatsOpen: named(seatsOpen) };
}
