import { trusted, Types } from 'mongoose';
import type { NotificationKind } from '@yilu/shared';
import { sendSubscribeMessage } from '../auth/wechat.js';
import type { AppContext } from '../context.js';
import { useConsent } from './consents.js';

export interface NotifyInput {
  kind: NotificationKind;
  workerId: string | Types.ObjectId;
  /** What makes this message one of its kind for this worker: a class and date, a wish and its step. */
  occurrence: string;
  title: string;
  body: string;
  /** The mini-program page the message opens. */
  link?: string;
  /** The subscribe template's fields (thing1, time2, …) and their values. */
  data: Record<string, string>;
}

type Ctx = Pick<AppContext, 'models' | 'config' | 'logger'>;
type DeliveryDoc = InstanceType<AppContext['models']['Delivery']>;

const isDuplicate = (error: unknown) => (error as { code?: number }).code === 11000;

/**
 * Tells a worker once per (kind, worker, occurrence): the first caller's insert of the claim wins, a second (another
 * instance, a repeated event) finds the key taken and stops. The inbox entry is always made; the WeChat push only
 * when the kind has a template, the worker keeps the kind switched on and has a grant left for it.
 */
export async function notify(ctx: Ctx, input: NotifyInput): Promise<boolean> {
  const { models, config } = ctx;
  const workerId = new Types.ObjectId(input.workerId.toString());
  const key = `${input.kind}:${workerId.toString()}:${input.occurrence}`;
  const now = new Date();
  const templateId = config.wechatTemplates[input.kind];
  let delivery: DeliveryDoc;
  try {
    delivery = await models.Delivery.create({
      key,
      kind: input.kind,
      workerId,
      status: 'pending',
      templateId,
      page: input.link,
      data: input.data,
      createdAt: now,
    });
  } catch (error) {
    if (isDuplicate(error)) return false;
    throw error;
  }
  const { title, body, link, kind } = input;
  await models.Notification.create({ workerId, kind, title, body, link, deliveryKey: key, createdAt: now });
  const skip = await skipReason(ctx, delivery);
  if (skip) {
    delivery.set({ status: 'skipped', lastError: skip });
    await delivery.save();
    return true;
  }
  await attempt(ctx, delivery);
  return true;
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

/** One try of a push, claimed by its number so two sweeps never make the same try; a failure waits longer each time. */
async function attempt(ctx: Ctx, delivery: DeliveryDoc): Promise<void> {
  const { models, config } = ctx;
  const no = delivery.attempts + 1;
  try {
    await models.DeliveryAttempt.create({ key: delivery.key, no, at: new Date() });
  } catch (error) {
    if (isDuplicate(error)) return;
    throw error;
  }
  delivery.attempts = no;
  try {
    const account = await models.Account.findById(delivery.workerId).select({ wechatOpenId: 1 }).lean();
    const data = (delivery.data ?? {}) as Record<string, string>;
    await sendSubscribeMessage(config.wechat, {
      openid: account!.wechatOpenId!,
      templateId: delivery.templateId!,
      page: delivery.page ?? undefined,
      data,
    });
    delivery.set({ status: 'sent', sentAt: new Date(), nextAttemptAt: undefined });
  } catch (error) {
    const lastError = (error as Error).message;
    const giveUp = no >= config.notify.maxAttempts;
    const nextAttemptAt = giveUp ? undefined : new Date(Date.now() + config.notify.retryMs * 2 ** (no - 1));
    delivery.set({ status: giveUp ? 'failed' : 'pending', lastError, nextAttemptAt });
    ctx.logger.warn({ key: delivery.key, attempt: no, giveUp, err: lastError }, 'WeChat subscribe message failed');
  }
  await delivery.save();
}

/** Tries again every push whose wait is over. */
export async function retryDue(ctx: Ctx): Promise<void> {
  const due = await ctx.models.Delivery.find({ status: 'pending', nextAttemptAt: trusted({ $lte: new Date() }) });
  for (const delivery of due) await attempt(ctx, delivery);
}
