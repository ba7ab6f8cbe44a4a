import type { LearningInterest } from '@yilu/contract';
import type { LearningInterestBody, SessionUser } from '@yilu/shared';
import { areaName } from '../areas/area-name.js';
import type { AppContext } from '../context.js';
import { isDuplicateKey } from '../db/duplicate-key.js';
import type { LearningInterestFields } from './demand.model.js';
import { assertKnownDistrict } from './districts.js';

const view = (doc: LearningInterestFields): LearningInterest => ({
  trades: doc.trades,
  freeTimes: doc.freeTimes as LearningInterest['freeTimes'],
  areaCode: doc.areaCode,
  areaName: areaName(doc.areaCode),
  updatedAt: doc.updatedAt.toISOString(),
});

export async function myInterest(ctx: AppContext, user: SessionUser): Promise<LearningInterest | null> {
  const doc = await ctx.models.LearningInterest.findOne({ workerId: user.id }).lean<LearningInterestFields>();
  return doc ? view(doc) : null;
}

/**
 * Says or replaces the worker's 想学. The first save inserts under the unique workerId; when that key is taken (an
 * earlier save, or one racing this), the one document is overwritten instead, so a worker never has two.
 */
export async function saveInterest(ctx: AppContext, body: LearningInterestBody, user: SessionUser): Promise<LearningInterest> {
  assertKnownDistrict(body.areaCode, 'body.areaCode');
  const { LearningInterest } = ctx.models;
  try {
    await LearningInterest.create({ workerId: user.id, ...body });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    await LearningInterest.updateOne({ workerId: user.id }, { $set: body });
  }
  return (await myInterest(ctx, user))!;
}

export async function deleteInterest(ctx: AppContext, user: SessionUser): Promise<void> {
  await ctx.models.LearningInterest.deleteOne({ workerId: user.id });
}
