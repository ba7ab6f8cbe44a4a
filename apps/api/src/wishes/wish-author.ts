import type { Wish, WishSummary } from '@yilu/contract';
import { canStillConfirm, isOpenWish, WISH_CONFIRM_DAYS, type SessionUser, type WishStatus } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { conflict, forbidden } from '../http/problem.js';
import { mayRead } from './wish-access.js';
import { withSupports } from './wish-lists.js';
import { recordStep } from './wish-timeline.js';
import { findWish, wishAnswer } from './wish-view-load.js';
import { toSummary } from './wish-view.js';
import type { WishFields } from './wish.model.js';

const isDuplicateKey = (e: unknown) => (e as { code?: number }).code === 11000;

/** +1 from another worker, once each: the unique (wish, worker) index refuses a second, even sent at the same time. */
export async function supportWish(ctx: AppContext, id: string, user: SessionUser) {
  const doc = await findWish(ctx, id, (d) => mayRead(user, d));
  if (doc.authorId.toString() === user.id) throw forbidden('不能支持自己的心愿');
  if (!isOpenWish(doc.status as WishStatus)) throw conflict('这个心愿已处理完毕，不能再支持');
  try {
    await ctx.models.WishSupport.create({ wishId: doc._id, workerId: user.id });
  } catch (e) {
    if (isDuplicateKey(e)) throw conflict('您已经支持过这个心愿');
    throw e;
  }
  return { supportCount: await ctx.models.WishSupport.countDocuments({ wishId: doc._id }), supportedByMe: true as const };
}

/** The author's own wish, done and not yet confirmed, within the days they have to say whether it is solved. */
async function doneWishOfAuthor(ctx: AppContext, id: string, user: SessionUser) {
  const doc = await findWish(ctx, id, (d) => mayRead(user, d));
  if (doc.authorId.toString() !== user.id) throw forbidden('只有提出人可以确认或重新打开心愿');
  if (doc.status !== 'done' || doc.confirmedAt || !doc.doneAt) throw conflict('只有已办结、尚未确认的心愿可以确认或重新打开');
  if (!canStillConfirm(doc.doneAt)) throw conflict(`办结已超过 ${WISH_CONFIRM_DAYS} 天，不能再确认或重新打开`);
  return doc;
}

export async function confirmWish(ctx: AppContext, id: string, user: SessionUser): Promise<Wish> {
  const doc = await doneWishOfAuthor(ctx, id, user);
  doc.confirmedAt = new Date();
  await doc.save();
  const saved = doc.toObject() as WishFields;
  await recordStep(ctx, saved, user, { kind: 'confirmed' }, 'done');
  return wishAnswer(ctx, saved, user);
}

/** Not solved after all: back to staff, in progress, with the author's reason on the timeline. */
export async function reopenWish(ctx: AppContext, id: string, reason: string, user: SessionUser): Promise<Wish> {
  const doc = await doneWishOfAuthor(ctx, id, user);
  Object.assign(doc, { status: 'in_progress', doneAt: undefined });
  await doc.save();
  const saved = doc.toObject() as WishFields;
  await recordStep(ctx, saved, user, { kind: 'reopened', text: reason }, 'done');
  return wishAnswer(ctx, saved, user);
}

const MY_WISHES_SHOWN = 100;

/** 我的反馈: the worker's own wishes, newest first, hidden ones too (with the reason). */
export async function myWishes(ctx: AppContext, user: SessionUser): Promise<{ items: WishSummary[] }> {
  const docs = await ctx.models.Wish.find({ authorId: user.id }).sort({ createdAt: -1 }).limit(MY_WISHES_SHOWN).lean<WishFields[]>();
  const listed = await withSupports(ctx, docs, user);
  return { items: listed.map(({ doc, supports }) => toSummary(doc, user, supports, ctx.config.wishOverdueDays)) };
}
