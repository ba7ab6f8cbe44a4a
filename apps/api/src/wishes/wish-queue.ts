import { trusted } from 'mongoose';
import type { WishAssignee, WishSummary } from '@yilu/contract';
import { openWishStatuses, type Page, type SessionUser, type WishQueueQuery } from '@yilu/shared';
import { areaName } from '../areas/area-name.js';
import { areaScopeFilter } from '../auth/scope.js';
import type { AppContext } from '../context.js';
import { staffWishFilter } from './wish-access.js';
import { MAX_LISTED, mostSupported, oldestFirst, pageOfWishes, withSupports, type Listed } from './wish-lists.js';
import { isOverdue } from './wish-view.js';
import type { WishFields } from './wish.model.js';

function queueFilter(q: WishQueueQuery, user: SessionUser): Record<string, unknown> {
  const filter: Record<string, unknown> = { ...staffWishFilter(user), hidden: q.hidden };
  if (q.status === 'open') filter.status = trusted({ $in: openWishStatuses });
  else if (q.status !== 'all') filter.status = q.status;
  if (q.category) filter.category = q.category;
  return filter;
}

/** The staff queue in the caller's scope: overdue first (then oldest), oldest first, or most supported first. */
export async function staffQueue(ctx: AppContext, q: WishQueueQuery, user: SessionUser): Promise<Page<WishSummary>> {
  const docs = await ctx.models.Wish.find(queueFilter(q, user)).sort({ createdAt: 1 }).limit(MAX_LISTED).lean<WishFields[]>();
  const listed = await withSupports(ctx, docs, user);
  const notOverdue = (l: Listed) => (isOverdue(l.doc, ctx.config.wishOverdueDays) ? 0 : 1);
  const order = {
    overdue: (a: Listed, b: Listed) => notOverdue(a) - notOverdue(b) || oldestFirst(a, b),
    oldest: oldestFirst,
    supported: (a: Listed, b: Listed) => mostSupported(a, b) || oldestFirst(a, b),
  }[q.sort];
  return pageOfWishes(ctx, listed.sort(order), user, q);
}

/** The communities in the caller's area with a community staff account: where a wish can be handed on to. */
export async function wishAssignees(ctx: AppContext, user: SessionUser): Promise<{ items: WishAssignee[] }> {
  const accounts = await ctx.models.Account.find(
    { role: 'community_staff', disabled: false, ...areaScopeFilter(user) },
    { displayName: 1, areaCode: 1 },
  )
    .sort({ areaCode: 1 })
    .limit(1000)
    .lean();
  const byArea = new Map<string, WishAssignee>();
  for (const a of accounts) {
    if (a.areaCode && !byArea.has(a.areaCode))
      byArea.set(a.areaCode, { areaCode: a.areaCode, areaName: areaName(a.areaCode), name: a.displayName });
  }
  return { items: [...byArea.values()] };
}
