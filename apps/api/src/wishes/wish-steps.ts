import type { HydratedDocument } from 'mongoose';
import type { Wish } from '@yilu/contract';
import { isOpenWish, wishStatusLabels, type SessionUser, type UpdateWishBody, type WishStatus } from '@yilu/shared';
import { areaName } from '../areas/area-name.js';
import { audit } from '../audit/audit.js';
import { inScope } from '../auth/scope.js';
import type { AppContext } from '../context.js';
import { conflict, HttpProblem } from '../http/problem.js';
import { handles } from './wish-access.js';
import { districtOf } from './wish-place.js';
import { assertOwnPhoto } from './wish-posting.js';
import { recordStep, type Step } from './wish-timeline.js';
import { findWish, wishAnswer } from './wish-view-load.js';
import type { WishFields } from './wish.model.js';

type WishDoc = HydratedDocument<WishFields>;
type ActionOf<A extends UpdateWishBody['action']> = Extract<UpdateWishBody, { action: A }>;
type Apply<A extends UpdateWishBody['action']> = (ctx: AppContext, doc: WishDoc, body: ActionOf<A>, user: SessionUser) => Promise<Step>;

const refused = (field: string, message: string) => new HttpProblem(422, 'wish-step-refused', message, [{ field, message }]);
const noted = (note: string | undefined) => (note ? { text: note } : {});

/** The fields the audit trail keeps of a wish, before and after a step. */
export const auditSnapshot = (d: WishFields) => ({
  areaCode: d.areaCode,
  status: d.status,
  ...(d.assignedAreaCode ? { assignedAreaCode: d.assignedAreaCode } : {}),
  ...(d.reply ? { reply: d.reply } : {}),
  ...(d.reason ? { reason: d.reason } : {}),
  ...(d.duplicateOf ? { duplicateOf: d.duplicateOf.toString() } : {}),
  ...(d.hidden ? { hidden: true, hiddenReason: d.hiddenReason } : {}),
});

/** A community of the wish's district inside the staff member's area, named by its staff account if it has one. */
async function community(ctx: AppContext, doc: WishDoc, code: string, user: SessionUser): Promise<string> {
  if (code.length < 9 || !inScope(user, code) || districtOf(code) !== districtOf(doc.areaCode)) {
    throw refused('body.areaCode', '只能转交给您辖区内、心愿所在区县的街道或社区');
  }
  const account = await ctx.models.Account.findOne({ role: 'community_staff', areaCode: code, disabled: false }, { displayName: 1 }).lean();
  return account?.displayName ?? areaName(code);
}

/** The wish a duplicate points to: one the staff member handles, and the original when that is a duplicate itself. */
async function original(ctx: AppContext, doc: WishDoc, id: string, user: SessionUser): Promise<WishFields> {
  const target = id === doc.id ? null : await ctx.models.Wish.findById(id).lean<WishFields>();
  if (!target || !handles(user, target)) throw refused('body.duplicateOf', '找不到要关联的心愿（须是您辖区内的另一个心愿）');
  if (target.status !== 'duplicate' || !target.duplicateOf) return target;
  return (await ctx.models.Wish.findById(target.duplicateOf).lean<WishFields>()) ?? target;
}

const apply: { [A in UpdateWishBody['action']]: Apply<A> } = {
  async accept(_ctx, doc, body) {
    if (doc.status !== 'submitted') throw conflict('只有新提交的心愿可以受理');
    doc.status = 'accepted';
    return { kind: 'accepted', ...noted(body.note) };
  },
  async assign(ctx, doc, body, user) {
    const name = await community(ctx, doc, body.areaCode, user);
    doc.assignedAreaCode = body.areaCode;
    doc.assignedAreaName = name;
    if (doc.status === 'submitted') doc.status = 'accepted';
    return { kind: 'assigned', areaName: name, ...noted(body.note) };
  },
  async start(_ctx, doc, body) {
    if (doc.status === 'in_progress') throw conflict('心愿已在处理中');
    doc.status = 'in_progress';
    return { kind: 'in_progress', ...noted(body.note) };
  },
  async answer(_ctx, doc, body) {
    doc.reply = body.reply;
    return { kind: 'answered', text: body.reply };
  },
  async done(ctx, doc, body, user) {
    await assertOwnPhoto(ctx, body.photo, user, 'body.photo');
    Object.assign(doc, { status: 'done', reply: body.reply, replyPhoto: body.photo, doneAt: new Date(), confirmedAt: undefined });
    return { kind: 'done', text: body.reply, ...(body.photo ? { photo: body.photo } : {}) };
  },
  async decline(_ctx, doc, body) {
    Object.assign(doc, { status: 'declined', reason: body.reason });
    return { kind: 'declined', text: body.reason };
  },
  async duplicate(ctx, doc, body, user) {
    const target = await original(ctx, doc, body.duplicateOf, user);
    Object.assign(doc, { status: 'duplicate', duplicateOf: target._id });
    return { kind: 'duplicate', duplicateOf: target._id };
  },
};

/** Saves a step taken by staff: audited with the wish before and after, then written on the timeline. */
async function saveStep(ctx: AppContext, doc: WishDoc, user: SessionUser, action: string, take: () => Promise<Step>): Promise<Wish> {
  const before = doc.toObject() as WishFields;
  const step = await take();
  await doc.save();
  const after = doc.toObject() as WishFields;
  await audit(ctx.models, user, { action, entity: 'wish', entityId: doc.id, before: auditSnapshot(before), after: auditSnapshot(after) });
  await recordStep(ctx, after, user, step, before.status as WishStatus);
  return wishAnswer(ctx, after, user);
}

/** A step by the staff of the wish's area (or of the community it was handed to) on an open, visible wish. */
export async function staffStep(ctx: AppContext, id: string, body: UpdateWishBody, user: SessionUser): Promise<Wish> {
  const doc = await findWish(ctx, id, (d) => handles(user, d));
  if (doc.hidden) throw conflict('心愿已隐藏，不能再处理');
  if (!isOpenWish(doc.status as WishStatus)) throw conflict(`心愿${wishStatusLabels[doc.status as WishStatus]}，不能再处理`);
  const step = apply[body.action] as Apply<UpdateWishBody['action']>;
  return saveStep(ctx, doc, user, body.action, () => step(ctx, doc, body, user));
}

/** Takes an abusive wish off the board, whatever its state, with a reason (audited). */
export async function hideWish(ctx: AppContext, id: string, reason: string, user: SessionUser): Promise<Wish> {
  const doc = await findWish(ctx, id, (d) => handles(user, d));
  if (doc.hidden) throw conflict('心愿已隐藏');
  return saveStep(ctx, doc, user, 'hide', async () => {
    Object.assign(doc, { hidden: true, hiddenReason: reason, hiddenAt: new Date() });
    return { kind: 'hidden', text: reason };
  });
}
