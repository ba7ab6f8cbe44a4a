import { districtAt } from '@yilu/areas';
import { beijingDate, type SessionUser } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { isDuplicateKey } from '../db/duplicate-key.js';

export interface EmptySearch {
  trade: string;
  /** Where the search was made from, WGS-84; only its district is kept. */
  near?: { lng: number; lat: number };
}

/** The district a search was made from: the spot's, else the one the worker gave with 想学. */
async function districtOfSearch(ctx: AppContext, search: EmptySearch, workerId: string): Promise<string | undefined> {
  const here = search.near && districtAt(search.near);
  if (here) return here.code;
  const interest = await ctx.models.LearningInterest.findOne({ workerId }).select({ areaCode: 1 }).lean();
  return interest?.areaCode ?? undefined;
}

/**
 * Records that a signed-in worker's class search for a trade found nothing: once per worker, trade and Beijing day
 * (the unique key decides), so the figures count people. Guests are not counted: they cannot be told apart. Never
 * fails the search it comes from.
 */
export async function recordSearchMiss(ctx: AppContext, search: EmptySearch, user?: SessionUser): Promise<void> {
  if (user?.role !== 'worker') return;
  const day = beijingDate();
  const key = `${user.id}:${search.trade}:${day}`;
  try {
    if (await ctx.models.SearchMiss.exists({ key })) return;
    const areaCode = await districtOfSearch(ctx, search, user.id);
    await ctx.models.SearchMiss.create({ key, workerId: user.id, trade: search.trade, areaCode, day });
  } catch (error) {
    if (!isDuplicateKey(error)) ctx.logger.warn({ err: error }, 'an empty class search could not be recorded');
  }
}
