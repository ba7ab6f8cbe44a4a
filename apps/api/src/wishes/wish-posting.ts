import { trusted } from 'mongoose';
import type { Wish } from '@yilu/contract';
import { beijingDate, beijingDayStart, WISHES_PER_DAY, type CreateWishBody, type SessionUser } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { badRequest, HttpProblem } from '../http/problem.js';
import { maskName } from '../personal-data/id-number.js';
import { resolvePlace } from './wish-place.js';
import { recordStep, timelineOf } from './wish-timeline.js';
import { toSummary, toWish } from './wish-view.js';
import type { WishFields } from './wish.model.js';

/** "A few a day": counted from the worker's wishes since Beijing midnight. */
async function assertUnderDailyLimit(ctx: AppContext, user: SessionUser): Promise<void> {
  const since = beijingDayStart(beijingDate());
  const today = await ctx.models.Wish.countDocuments({ authorId: user.id, createdAt: trusted({ $gte: since }) });
  if (today >= WISHES_PER_DAY) throw new HttpProblem(429, 'too-many-wishes', `每天最多提 ${WISHES_PER_DAY} 个心愿，明天再来吧`);
}

/** A photo must be one the worker uploaded. */
export async function assertOwnPhoto(ctx: AppContext, url: string | undefined, user: SessionUser, field: string): Promise<void> {
  const id = url?.split('/').pop();
  if (id && !(await ctx.models.Upload.exists({ _id: id, ownerId: user.id }))) {
    throw badRequest('照片不存在，请重新上传', [{ field, message: '照片不存在，请重新上传' }]);
  }
}

/** Posts a wish at its place, under the daily limit, with the author kept only as a masked nickname. */
export async function postWish(ctx: AppContext, body: CreateWishBody, user: SessionUser): Promise<Wish> {
  const place = resolvePlace(ctx, body, 'body');
  await assertOwnPhoto(ctx, body.photo, user, 'body.photo');
  await assertUnderDailyLimit(ctx, user);
  const created = await ctx.models.Wish.create({
    category: body.category,
    text: body.text,
    ...(body.photo ? { photo: body.photo } : {}),
    visibility: body.visibility,
    ...place,
    authorId: user.id,
    authorName: maskName(user.displayName),
  });
  const doc = created.toObject() as WishFields;
  await recordStep(ctx, doc, user, { kind: 'submitted' });
  const summary = toSummary(doc, user, { supportCount: 0, supportedByMe: false }, ctx.config.wishOverdueDays);
  return toWish(summary, await timelineOf(ctx, doc._id));
}
