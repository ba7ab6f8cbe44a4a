import { beijingDate, freeTimes, type FreeTime } from '@yilu/shared';
import { createAuthService } from '../auth/auth.service.js';
import type { AppContext } from '../context.js';
import { saveInterest } from './interest.js';

/** How many demo riders want each trade in each district, and how many searched for one in vain. */
const demoDemand: { areaCode: string; trade: string; interest?: number; misses?: number }[] = [
  { areaCode: '653101', trade: '电工', interest: 14 },
  { areaCode: '653101', trade: '叉车司机', interest: 9 },
  { areaCode: '653101', trade: '育婴员', interest: 7 },
  { areaCode: '653101', trade: '茶艺师', misses: 6 },
  { areaCode: '653121', trade: '电工', interest: 6 },
  { areaCode: '653121', trade: '育婴员', interest: 5 },
  { areaCode: '653122', trade: '电工', interest: 3 },
  { areaCode: '653122', trade: '育婴员', interest: 8 },
  { areaCode: '650109', trade: '电工', interest: 8 },
  { areaCode: '650109', trade: '焊工', interest: 6 },
  { areaCode: '650109', trade: '叉车司机', misses: 5 },
];

const timesOf = (n: number): FreeTime[] => [freeTimes[n % 3]!, ...(n % 2 ? [freeTimes[(n + 1) % 3]!] : [])];

/**
 * Adds the demo learning interests and empty searches once (recognised by the first learner's interest), from riders
 * of their own, so the demand figures, the heat map and the shortage list have something to show, a few cells under
 * five people among them.
 */
export async function seedDemoDemand(ctx: AppContext): Promise<number> {
  const auth = createAuthService(ctx);
  const rider = async (nickname: string) => (await auth.devLogin(nickname)).user;
  if (await ctx.models.LearningInterest.exists({ workerId: (await rider('demo-learner-0-0')).id })) return 0;
  let people = 0;
  for (const [i, d] of demoDemand.entries()) {
    for (let n = 0; n < (d.interest ?? 0); n++) {
      await saveInterest(ctx, { trades: [d.trade], freeTimes: timesOf(n), areaCode: d.areaCode }, await rider(`demo-learner-${i}-${n}`));
      people++;
    }
    for (let n = 0; n < (d.misses ?? 0); n++) {
      const { id } = await rider(`demo-searcher-${i}-${n}`);
      const day = beijingDate();
      await ctx.models.SearchMiss.create({ key: `${id}:${d.trade}:${day}`, workerId: id, trade: d.trade, areaCode: d.areaCode, day });
      people++;
    }
  }
  return people;
}
