import type { Types } from 'mongoose';
import type { SessionUser, WishEventKind, WishStatus } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { onWishChanged } from './wish-changes.js';
import type { WishEventFields, WishFields } from './wish.model.js';

export interface Step {
  kind: WishEventKind;
  text?: string;
  photo?: string;
  areaName?: string;
  duplicateOf?: Types.ObjectId;
}

/** The name a step shows: the staff account's, or the author's masked nickname. */
const actorName = (wish: WishFields, user: SessionUser) => (user.role === 'worker' ? wish.authorName : user.displayName);

/** Writes one step on the wish's timeline (a document of its own, never rewritten) and tells the listeners. */
export async function recordStep(ctx: AppContext, wish: WishFields, user: SessionUser, step: Step, from?: WishStatus): Promise<void> {
  const at = new Date();
  await ctx.models.WishEvent.create({ wishId: wish._id, at, actorId: user.id, by: actorName(wish, user), ...step });
  await onWishChanged(ctx, wish, { kind: step.kind, at, actor: { id: user.id, role: user.role }, ...(from ? { from } : {}) });
}

export const timelineOf = (ctx: AppContext, wishId: Types.ObjectId) =>
  ctx.models.WishEvent.find({ wishId }).sort({ at: 1, _id: 1 }).lean<WishEventFields[]>();
