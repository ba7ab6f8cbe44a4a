import { isValidObjectId } from 'mongoose';
import type { Wish } from '@yilu/contract';
import type { SessionUser } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { notFound } from '../http/problem.js';
import { supportFacts } from './wish-supports.js';
import { timelineOf } from './wish-timeline.js';
import { toSummary, toWish } from './wish-view.js';
import type { WishFields } from './wish.model.js';

/** The stored wish if `allowed` says the user may reach it; 404 otherwise, as if it did not exist. */
export async function findWish(ctx: AppContext, id: string, allowed: (doc: WishFields) => boolean) {
  const doc = isValidObjectId(id) ? await ctx.models.Wish.findById(id) : null;
  if (!doc || !allowed(doc.toObject() as WishFields)) throw notFound('心愿不存在');
  return doc;
}

/** The whole wish for `viewer`: supports counted, timeline read. */
export async function wishAnswer(ctx: AppContext, doc: WishFields, viewer: SessionUser): Promise<Wish> {
  const [facts, events] = await Promise.all([supportFacts(ctx, [doc._id], viewer.id), timelineOf(ctx, doc._id)]);
  return toWish(toSummary(doc, viewer, facts.get(doc._id.toString())!, ctx.config.wishOverdueDays), events);
}
