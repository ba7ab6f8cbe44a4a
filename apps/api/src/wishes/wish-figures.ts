import { trusted } from 'mongoose';
import type { WishFigures } from '@yilu/contract';
import { DAY_MS, openWishStatuses, type SessionUser, type WishStatus } from '@yilu/shared';
import { areaName } from '../areas/area-name.js';
import type { AppContext } from '../context.js';
import { staffWishFilter } from './wish-access.js';
import { districtOf } from './wish-place.js';
import { isOverdue } from './wish-view.js';

/** Wishes in the staff member's scope open longer than the configured days: the admin home's count. */
export function overdueWishCount(ctx: AppContext, user: SessionUser): Promise<number> {
  const since = new Date(Date.now() - ctx.config.wishOverdueDays * DAY_MS);
  return ctx.models.Wish.countDocuments({
    ...staffWishFilter(user),
    hidden: false,
    status: trusted({ $in: openWishStatuses }),
    createdAt: trusted({ $lt: since }),
  });
}

/** The middle value (the mean of the two middle ones for an even count), or null for none. */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Tally {
  wishes: number;
  done: number;
  open: number;
  overdue: number;
  daysToDone: number[];
}

/** Per district in the caller's scope: wishes, share done, median days from posting to done, open and overdue. */
export async function wishFigures(ctx: AppContext, user: SessionUser): Promise<WishFigures> {
  const overdueDays = ctx.config.wishOverdueDays;
  const docs = await ctx.models.Wish.find(
    { ...staffWishFilter(user), hidden: false },
    { areaCode: 1, status: 1, createdAt: 1, doneAt: 1, hidden: 1 },
  ).lean();
  const tallies = new Map<string, Tally>();
  for (const d of docs) {
    const key = districtOf(d.areaCode);
    const t = tallies.get(key) ?? { wishes: 0, done: 0, open: 0, overdue: 0, daysToDone: [] };
    tallies.set(key, t);
    t.wishes++;
    if (openWishStatuses.includes(d.status as WishStatus)) t.open++;
    if (isOverdue(d, overdueDays)) t.overdue++;
    if (d.status === 'done' && d.doneAt) {
      t.done++;
      t.daysToDone.push((d.doneAt.getTime() - d.createdAt.getTime()) / DAY_MS);
    }
  }
  const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  const rows = [...tallies.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([areaCode, t]) => ({
      areaCode,
      areaName: areaName(areaCode),
      wishes: t.wishes,
      done: t.done,
      doneShare: t.wishes ? t.done / t.wishes : 0,
      medianDaysToDone: round1(median(t.daysToDone)),
      open: t.open,
      overdue: t.overdue,
    }));
  return { overdueDays, rows };
}
