import type { WishSummary } from '@yilu/contract';
import type { SessionUser } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { supportFacts } from './wish-supports.js';
import { toSummary, type SupportFacts } from './wish-view.js';
import type { WishFields } from './wish.model.js';

/** How many wishes a list reads at most before sorting and paging them in code (supports are counted, not stored). */
export const MAX_LISTED = 2000;

/** The wishes with their support facts, for sorting by them before paging. */
export async function withSupports(ctx: AppContext, docs: WishFields[], viewer: SessionUser) {
  const facts = await supportFacts(
    ctx,
    docs.map((d) => d._id),
    viewer.id,
  );
  return docs.map((doc) => ({ doc, supports: facts.get(doc._id.toString())! }));
}

export interface Listed {
  doc: WishFields;
  supports: SupportFacts;
}

/** One page of sorted wishes as the viewer sees them. */
export function pageOfWishes(ctx: AppContext, listed: Listed[], viewer: SessionUser, page: { page: number; pageSize: number }) {
  const items: WishSummary[] = listed
    .slice((page.page - 1) * page.pageSize, page.page * page.pageSize)
    .map(({ doc, supports }) => toSummary(doc, viewer, supports, ctx.config.wishOverdueDays));
  return { items, total: listed.length, page: page.page, pageSize: page.pageSize };
}

export const oldestFirst = (a: Listed, b: Listed) => a.doc.createdAt.getTime() - b.doc.createdAt.getTime();
export const newestFirst = (a: Listed, b: Listed) => -oldestFirst(a, b);
export const mostSupported = (a: Listed, b: Listed) => b.supports.supportCount - a.supports.supportCount;
