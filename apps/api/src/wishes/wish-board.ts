import { trusted } from 'mongoose';
import type { WishBoard, WishSummary } from '@yilu/contract';
import { openWishStatuses, type ListWishesQuery, type SessionUser, type SimilarWishesQuery } from '@yilu/shared';
import { areaName } from '../areas/area-name.js';
import { withinAreaFilter } from '../auth/scope.js';
import type { AppContext } from '../context.js';
import { likeness } from './wish-likeness.js';
import { MAX_LISTED, mostSupported, newestFirst, pageOfWishes, withSupports } from './wish-lists.js';
import { districtOf, resolvePlace } from './wish-place.js';
import { toSummary } from './wish-view.js';
import type { WishFields } from './wish.model.js';

/** What every worker may see: public wishes not hidden. */
const onBoard = { visibility: 'public' as const, hidden: false };

/** The board: public wishes in the district of `near` (resolved here, never stored), of `areaCode`, or at a point. */
export async function listBoard(ctx: AppContext, q: ListWishesQuery, user: SessionUser): Promise<WishBoard> {
  const filter: Record<string, unknown> = { ...onBoard };
  let area: WishBoard['area'];
  if (q.near || q.areaCode) {
    const { areaCode } = resolvePlace(ctx, { near: q.near, areaCode: q.areaCode, crs: q.crs }, 'query');
    Object.assign(filter, withinAreaFilter(areaCode));
    area = { areaCode, areaName: areaName(areaCode) };
  } else if (q.pointId) {
    filter.pointId = q.pointId;
  }
  if (q.category) filter.category = q.category;
  const docs = await ctx.models.Wish.find(filter).sort({ createdAt: -1 }).limit(MAX_LISTED).lean<WishFields[]>();
  const listed = await withSupports(ctx, docs, user);
  listed.sort(q.sort === 'supported' ? (a, b) => mostSupported(a, b) || newestFirst(a, b) : newestFirst);
  return { ...pageOfWishes(ctx, listed, user, q), ...(area ? { area } : {}) };
}

const SIMILAR_SHOWN = 5;
const SIMILAR_SCANNED = 200;
/** Below this likeness a wish of the same category nearby is not offered as the same wish. */
const MIN_LIKENESS = 0.15;

/**
 * Open public wishes that may be the one being typed: same category, same district (the same point counts extra),
 * most alike first. With fewer than two characters typed, the newest of them.
 */
export async function similarWishes(ctx: AppContext, q: SimilarWishesQuery, user: SessionUser): Promise<{ items: WishSummary[] }> {
  const place = resolvePlace(ctx, q, 'query');
  const docs = await ctx.models.Wish.find({
    ...onBoard,
    category: q.category,
    status: trusted({ $in: openWishStatuses }),
    ...withinAreaFilter(districtOf(place.areaCode)),
  })
    .sort({ createdAt: -1 })
    .limit(SIMILAR_SCANNED)
    .lean<WishFields[]>();
  const typed = q.text.trim().length >= 2;
  const samePoint = (d: WishFields) => Boolean(place.pointId) && d.pointId?.toString() === place.pointId;
  const scored = docs
    .map((doc) => ({ doc, score: (typed ? likeness(q.text, doc.text) : 0) + (samePoint(doc) ? 0.2 : 0) }))
    .filter((s) => !typed || s.score >= MIN_LIKENESS)
    .sort((a, b) => b.score - a.score)
    .slice(0, SIMILAR_SHOWN);
  const listed = await withSupports(
    ctx,
    scored.map((s) => s.doc),
    user,
  );
  return { items: listed.map(({ doc, supports }) => toSummary(doc, user, supports, ctx.config.wishOverdueDays)) };
}
