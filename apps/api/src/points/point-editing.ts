import { isValidObjectId } from 'mongoose';
import { convertCrs, type CreatePointBody, type ServicePoint, type SessionUser, type UpdatePointBody } from '@yilu/shared';
import { assertInArea } from '../areas/area-check.js';
import { audit } from '../audit/audit.js';
import { inScope } from '../auth/scope.js';
import type { AppContext } from '../context.js';
import { conflict, HttpProblem, notFound } from '../http/problem.js';
import { notDeleted } from './point-filters.js';
import { toRecord } from './point-record.js';
import { toPointView } from './point-view.js';

const outOfArea = () =>
  new HttpProblem(403, 'out-of-scope', '该区域不在您的管辖范围内', [{ field: 'body.areaCode', message: '不在您的管辖范围内' }]);

/** A point in the user's area; out of scope looks the same as missing, so staff learn nothing about other areas' drafts. */
export async function findInScope(ctx: AppContext, id: string, user: SessionUser) {
  const doc = isValidObjectId(id) ? await ctx.models.Point.findOne({ _id: id, ...notDeleted() }) : null;
  if (!doc || !inScope(user, doc.areaCode)) throw notFound('服务点不存在');
  return doc;
}

export async function createPoint(ctx: AppContext, body: CreatePointBody, user: SessionUser): Promise<ServicePoint> {
  const { Point } = ctx.models;
  if (!inScope(user, body.areaCode)) throw outOfArea();
  const { crs, ...fields } = body;
  const location = convertCrs(fields.location, crs, 'wgs84');
  assertInArea(location, fields.areaCode);
  if (fields.externalId && (await Point.exists({ externalId: fields.externalId }))) {
    throw conflict('外部编号已存在', [{ field: 'body.externalId', message: '已有服务点使用此编号' }]);
  }
  const doc = await Point.create({
    ...fields,
    location,
    createdBy: user.id,
    updatedBy: user.id,
  });
  const after = toRecord(doc.toObject());
  await audit(ctx.models, user, { action: 'create', entity: 'point', entityId: after.id, after });
  await ctx.points.changed(doc._id);
  return toPointView(after, crs, new Date());
}

export async function updatePoint(ctx: AppContext, id: string, body: UpdatePointBody, user: SessionUser): Promise<ServicePoint> {
  const doc = await findInScope(ctx, id, user);
  if (body.areaCode && !inScope(user, body.areaCode)) throw outOfArea();
  const before = toRecord(doc.toObject());
  const { crs, verified, location, ...fields } = body;
  const wgs = location && convertCrs(location, crs, 'wgs84');
  // Checked when either changes: editing the hours of a point filed before the check does not ask to move it.
  if (wgs || body.areaCode) assertInArea(wgs ?? (doc.location as { lng: number; lat: number }), body.areaCode ?? doc.areaCode);
  for (const [key, value] of Object.entries(fields)) doc.set(key, value === null ? undefined : value);
  if (wgs) doc.set('location', wgs);
  if (verified) {
    doc.verifiedAt = new Date();
    doc.set('verifiedBy', user.id);
  }
  doc.set('updatedBy', user.id);
  await doc.save();
  const after = toRecord(doc.toObject());
  await audit(ctx.models, user, { action: verified ? 'verify' : 'update', entity: 'point', entityId: id, before, after });
  await ctx.points.changed(doc._id);
  return toPointView(after, crs, new Date());
}
