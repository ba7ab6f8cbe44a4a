import { isValidObjectId } from 'mongoose';
import type { ClassAlert } from '@yilu/contract';
import { MAX_CLASS_ALERTS, type ClassAlertBody, type SessionUser } from '@yilu/shared';
import { areaName } from '../areas/area-name.js';
import type { AppContext } from '../context.js';
import { isDuplicateKey } from '../db/duplicate-key.js';
import { conflict, notFound } from '../http/problem.js';
import type { ClassAlertFields } from './demand.model.js';
import { assertKnownDistrict, districtOfSpot } from './districts.js';

const view = (doc: ClassAlertFields): ClassAlert => ({
  id: doc._id.toString(),
  trade: doc.trade,
  areaCode: doc.areaCode,
  areaName: areaName(doc.areaCode),
  createdAt: doc.createdAt.toISOString(),
});

/** 有班通知我: keeps one alert per trade and district; asking again answers the one kept (`created: false`). */
export async function createAlert(ctx: AppContext, body: ClassAlertBody, user: SessionUser) {
  const { ClassAlert } = ctx.models;
  let areaCode: string;
  if (body.location) {
    areaCode = districtOfSpot(body.location, body.crs, 'body.location');
  } else {
    areaCode = body.areaCode!;
    assertKnownDistrict(areaCode, 'body.areaCode');
  }
  const key = { workerId: user.id, trade: body.trade, areaCode };
  const kept = await ClassAlert.findOne(key).lean<ClassAlertFields>();
  if (kept) return { created: false, alert: view(kept) };
  if ((await ClassAlert.countDocuments({ workerId: user.id })) >= MAX_CLASS_ALERTS) {
    throw conflict(`最多保留 ${MAX_CLASS_ALERTS} 条有班通知，请先删除不需要的`);
  }
  try {
    const doc = await ClassAlert.create(key);
    return { created: true, alert: view(doc.toObject() as ClassAlertFields) };
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return { created: false, alert: view((await ClassAlert.findOne(key).lean<ClassAlertFields>())!) };
  }
}

export async function myAlerts(ctx: AppContext, user: SessionUser): Promise<ClassAlert[]> {
  const docs = await ctx.models.ClassAlert.find({ workerId: user.id }).sort({ createdAt: -1 }).lean<ClassAlertFields[]>();
  return docs.map(view);
}

export async function deleteAlert(ctx: AppContext, id: string, user: SessionUser): Promise<void> {
  const gone = isValidObjectId(id) ? await ctx.models.ClassAlert.deleteOne({ _id: id, workerId: user.id }) : { deletedCount: 0 };
  if (!gone.deletedCount) throw notFound('没有这条有班通知');
}
