import { Types } from 'mongoose';
import type { NotificationKind } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { deliver, isDuplicate, type DeliveryDoc } from './deliver.js';

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

/**
 * Claims the message (kind, worker, occurrence) by inserting its delivery under the unique key: the first caller's
 * insert wins, a second (another instance, a repeated event) finds the key taken and gets undefined. The claim holds
 * what the inbox entry and the push need, so that a process taking it over after a crash can make both.
 */
export async function claimMessage(ctx: Ctx, input: NotifyInput): Promise<DeliveryDoc | undefined> {
  const workerId = new Types.ObjectId(input.workerId.toString());
  const { kind, title, body, link, data } = input;
  try {
    return await ctx.models.Delivery.create({
      key: `${kind}:${workerId.toString()}:${input.occurrence}`,
      kind,
      workerId,
      status: 'pending',
      templateId: ctx.config.wechatTemplates[kind],
      title,
      body,
      page: link,
      data,
      createdAt: new Date(),
    });
  } catch (error) {
    if (isDuplicate(error)) return undefined;
    throw error;
  }
}

/**
 * Tells a worker once per (kind, worker, occurrence). The inbox entry is always made; the WeChat push only when the
 * kind has a template, the worker keeps the kind switched on and has a grant left for it. Answers whether this call
 * made the message (false: it was already claimed).
 */
export async function notify(ctx: Ctx, input: NotifyInput): Promise<boolean> {
  const delivery = await claimMessage(ctx, input);
  if (!delivery) return false;
  await deliver(ctx, delivery, 1);
  return true;
}
