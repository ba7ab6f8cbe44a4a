import { trusted } from 'mongoose';
import { sendSubscribeMessage, SubscribeRefused } from '../auth/wechat.js';
import type { AppContext } from '../context.js';
import type { Models } from '../db/connection.js';
import { useConsent } from './consents.js';

type Ctx = Pick<AppContext, 'models' | 'config' | 'logger'>;
export type DeliveryDoc = InstanceType<Models['Delivery']>;

export const isDuplicate = (error: unknown) => (error as { code?: number }).code === 11000;

/** Claims try `no` of a message by inserting it under the unique (key, no): of the processes making one try, one does. */
async function claimTry(models: Models, key: string, no: number): Promise<boolean> {
  try {
    await models.DeliveryAttempt.create({ key, no, at: new Date() });
    return true;
  } catch (error) {
    if (isDuplicate(error)) return false;
    throw error;
  }
}

/** The message's inbox entry, made once: a process that took the message over may find it already made. */
async function ensureInbox(models: Models, d: DeliveryDoc): Promise<void> {
  try {
    const { workerId, kind, title, body, page: link, key: deliveryKey, createdAt } = d;
    await models.Notification.create({ workerId, kind, title, body, link, deliveryKey, createdAt });
  } catch (error) {
    if (!isDuplicate(error)) throw error;
  }
}

/** Why a message stays in the inbox only, or undefined when it is pushed. */
async function skipReason(ctx: Ctx, delivery: DeliveryDoc): Promise<string | undefined> {
  const { models } = ctx;
  if (!delivery.templateId) return 'no template for this kind';
  const preference = await models.NotificationPreference.findById(delivery.workerId).lean();
  if (preference?.off.includes(delivery.kind)) return 'switched off by the worker';
  const account = await models.Account.findById(delivery.workerId).select({ wechatOpenId: 1 }).lean();
  if (!account?.wechatOpenId) return 'no WeChat account';
  if (!(await useConsent(models, delivery.workerId, delivery.templateId, delivery.key))) return 'no subscribe consent';
  return undefined;
}

/**
 * Sends the push. A failure waits longer each time and is given up after the last try, or at once when WeChat's
 * refusal is permanent (the worker refused, the template or its data is wrong); the reason is kept.
 */
async function push(ctx: Ctx, delivery: DeliveryDoc, no: number): Promise<void> {
  const { models, config } = ctx;
  delivery.attempts = no;
  try {
    const account = await models.Account.findById(delivery.workerId).select({ wechatOpenId: 1 }).lean();
    await sendSubscribeMessage(config.wechat, {
      openid: account!.wechatOpenId!,
      templateId: delivery.templateId!,
      page: delivery.page ?? undefined,
      data: (delivery.data ?? {}) as Record<string, string>,
    });
    delivery.set({ status: 'sent', sentAt: new Date(), nextAttemptAt: undefined });
  } catch (error) {
    const lastError = (error as Error).message;
    const permanent = error instanceof SubscribeRefused && error.permanent;
    const giveUp = permanent || no >= config.notify.maxAttempts;
    const nextAttemptAt = giveUp ? undefined : new Date(Date.now() + config.notify.retryMs * 2 ** (no - 1));
    delivery.set({ status: giveUp ? 'failed' : 'pending', lastError, nextAttemptAt });
    ctx.logger.warn({ key: delivery.key, attempt: no, giveUp, permanent, err: lastError }, 'WeChat subscribe message failed');
  }
  await delivery.save();
}

/**
 * Try `no` of a claimed message: the process whose insert claims the try makes the inbox entry (until one exists),
 * decides whether to push and pushes. Another process making the same try stops at the claim.
 */
export async function deliver(ctx: Ctx, delivery: DeliveryDoc, no: number): Promise<void> {
  if (!(await claimTry(ctx.models, delivery.key, no))) return;
  if (delivery.attempts === 0) await ensureInbox(ctx.models, delivery);
  if (no > ctx.config.notify.maxAttempts) {
    delivery.set({ status: 'failed', lastError: `gave up: try ${no - 1}, the last, never finished (its process stopped)` });
    return void (await delivery.save());
  }
  const skip = await skipReason(ctx, delivery);
  if (skip) {
    delivery.set({ status: 'skipped', lastError: skip });
    return void (await delivery.save());
  }
  await push(ctx, delivery, no);
}

/** The try a sweep may make of a pending message now: the next one, or none while another process's try holds its lease. */
async function nextTry(models: Models, delivery: DeliveryDoc, leaseOver: Date): Promise<number | undefined> {
  const last = await models.DeliveryAttempt.findOne({ key: delivery.key }).sort({ no: -1 }).select({ no: 1, at: 1 }).lean();
  if (!last || last.no <= delivery.attempts) return delivery.attempts + 1;
  return last.at <= leaseOver ? last.no + 1 : undefined;
}

/**
 * One sweep: every pending message whose wait after a failed try is over, and every one whose claim or last try is
 * older than the lease without an outcome — its process stopped — is tried with the next try number, so that of
 * several sweeping processes the one whose insert claims that number takes it over.
 */
export async function retryDue(ctx: Ctx, now = new Date()): Promise<void> {
  const leaseOver = new Date(now.getTime() - ctx.config.notify.leaseMs);
  const due = await ctx.models.Delivery.find({
    status: 'pending',
    $or: [{ nextAttemptAt: trusted({ $lte: now }) }, { attempts: 0, createdAt: trusted({ $lte: leaseOver }) }],
  });
  for (const delivery of due) {
    const no = await nextTry(ctx.models, delivery, leaseOver);
    if (no !== undefined) await deliver(ctx, delivery, no);
  }
}
