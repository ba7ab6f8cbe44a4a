import type { Wish, WishEvent, WishSummary } from '@yilu/contract';
import { canStillConfirm, DAY_MS, isOpenWish, WISH_CONFIRM_DAYS, type SessionUser, type WishStatus } from '@yilu/shared';
import { areaName } from '../areas/area-name.js';
import { handles } from './wish-access.js';
import type { WishEventFields, WishFields } from './wish.model.js';

/** What the answer adds to the stored wish: its supports, counted from their documents. */
export interface SupportFacts {
  supportCount: number;
  supportedByMe: boolean;
}

const opt = <K extends string>(key: K, value: string | null | undefined) => (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

/** Whether a wish has waited longer than `overdueDays` for staff to finish it. */
export function isOverdue(doc: Pick<WishFields, 'status' | 'hidden' | 'createdAt'>, overdueDays: number, now = Date.now()): boolean {
  return isOpenWish(doc.status as WishStatus) && !doc.hidden && now - doc.createdAt.getTime() > overdueDays * DAY_MS;
}

function authorFacts(doc: WishFields, mine: boolean) {
  if (!mine || doc.status !== 'done' || doc.confirmedAt || !doc.doneAt || !canStillConfirm(doc.doneAt)) return {};
  return { confirmUntil: new Date(doc.doneAt.getTime() + WISH_CONFIRM_DAYS * DAY_MS).toISOString() };
}

/** A wish as the board, the queue and "my feedback" list it, for `viewer`. */
export function toSummary(doc: WishFields, viewer: SessionUser, supports: SupportFacts, overdueDays: number): WishSummary {
  const mine = doc.authorId.toString() === viewer.id;
  const showHidden = doc.hidden && (mine || handles(viewer, doc));
  return {
    id: doc._id.toString(),
    category: doc.category as WishSummary['category'],
    text: doc.text,
    ...opt('photo', doc.photo),
    place: {
      areaCode: doc.areaCode,
      areaName: areaName(doc.areaCode),
      ...opt('pointId', doc.pointId?.toString()),
      ...opt('pointName', doc.pointName),
    },
    visibility: doc.visibility as WishSummary['visibility'],
    status: doc.status as WishStatus,
    authorName: doc.authorName,
    mine,
    ...supports,
    overdue: isOverdue(doc, overdueDays),
    ...(doc.assignedAreaCode
      ? { assignedTo: { areaCode: doc.assignedAreaCode, areaName: doc.assignedAreaName ?? areaName(doc.assignedAreaCode) } }
      : {}),
    ...opt('reply', doc.reply),
    ...opt('replyPhoto', doc.replyPhoto),
    ...opt('reason', doc.reason),
    ...opt('duplicateOf', doc.duplicateOf?.toString()),
    ...opt('doneAt', doc.doneAt?.toISOString()),
    ...opt('confirmedAt', doc.confirmedAt?.toISOString()),
    ...authorFacts(doc, mine),
    ...(showHidden ? { hidden: { reason: doc.hiddenReason ?? '', at: (doc.hiddenAt ?? doc.updatedAt).toISOString() } } : {}),
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}

export function toEvent(e: WishEventFields): WishEvent {
  return {
    at: e.at.toISOString(),
    kind: e.kind as WishEvent['kind'],
    by: e.by,
    ...opt('text', e.text),
    ...opt('photo', e.photo),
    ...opt('areaName', e.areaName),
    ...opt('duplicateOf', e.duplicateOf?.toString()),
  };
}

/** The whole wish with its timeline; the hiding step only for those who still see a hidden wish. */
export function toWish(summary: WishSummary, events: WishEventFields[]): Wish {
  const timeline = events.map(toEvent).filter((e) => e.kind !== 'hidden' || summary.hidden);
  return { ...summary, timeline };
}
