import { isValidObjectId, trusted } from 'mongoose';
import {
  convertCrs,
  type CreatePointBody,
  type Page,
  type PointsListQuery,
  type PointsMapQuery,
  type ServicePoint,
  type SessionUser,
  type UpdatePointBody,
} from '@yilu/shared';
import { audit } from '../audit/audit.js';
import type { AppContext } from '../context.js';
import { conflict, HttpProblem, notFound } from '../http/problem.js';
import { toRecord, type PointRecord } from './point-record.js';
import { toPointView } from './point-view.js';
import { areaScopeFilter, inScope, withinAreaFilter } from '../auth/scope.js';
import { escapeRegex } from '../db/regex.js';
import { assertInArea } from '../areas/area-check.js';

const outOfArea = () =>
  new HttpProblem(403, 'out-of-scope', '该区域不在您的管辖范围内', [{ field: 'body.areaCode', message: '不在您的管辖范围内' }]);

/** Points not soft-deleted. */
export const notDeleted = () => ({ deletedAt: trusted({ $exists: false }) });

/** Points never verified, or last verified `days` or more ago. */
export const notVerifiedFor = (days: number) => ({
  $or: [{ verifiedAt: trusted({ $exists: false }) }, { verifiedAt: trusted({ $lt: new Date(Date.now() - days * 86_400_000) }) }],
});

export function createPointsService(ctx: AppContext) {
  const { Point } = ctx.models;
  const catalog = ctx.points.catalog;

  async function findInScope(id: string, user: SessionUser) {
    const doc = isValidObjectId(id) ? await Point.findOne({ _id: id, ...notDeleted() }) : null;
    // Out of scope looks the same as missing: staff learn nothing about other areas' drafts.
    if (!doc || !inScope(user, doc.areaCode)) throw notFound('服务点不存在');
    return doc;
  }

  const snapshot = (doc: Parameters<typeof toRecord>[0]) => toRecord(doc);

  /** The database filter of the staff listing, or null when the asked area is outside the user's scope. */
  function listFilter(q: PointsListQuery, user: SessionUser): Record<string, unknown> | null {
    const filter: Record<string, unknown> = { ...areaScopeFilter(user), ...notDeleted() };
    if (q.areaCode) {
      if (!inScope(user, q.areaCode)) return null;
      Object.assign(filter, withinAreaFilter(q.areaCode));
    }
    if (q.kinds?.length) filter.kind = trusted({ $in: q.kinds });
    if (q.status) filter.status = q.status;
    if (q.q) filter.name = trusted({ $regex: escapeRegex(q.q), $options: 'i' });
    if (q.staleDays) Object.assign(filter, notVerifiedFor(q.staleDays));
    return filter;
  }

  const listSort = (q: PointsListQuery): Record<string, 1 | -1> =>
    q.sort === 'stale' ? { verifiedAt: 1, createdAt: 1 } : { updatedAt: -1 };

  return {
    /** A published point for anyone; a draft or closed one only for staff in its area. */
    async get(id: string, crs: PointsMapQuery['crs'], user?: SessionUser): Promise<ServicePoint> {
      const published = catalog.get(id);
      if (published) return toPointView(published, crs, new Date());
      if (!user || user.role === 'worker' || user.role === 'provider') throw notFound('服务点不存在');
      return toPointView(toRecord(await findInScope(id, user)), crs, new Date());
    },

    async list(q: PointsListQuery, user: SessionUser): Promise<Page<ServicePoint>> {
      const filter = listFilter(q, user);
      if (!filter) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
      const [docs, total] = await Promise.all([
        Point.find(filter)
          .sort(listSort(q))
          .skip((q.page - 1) * q.pageSize)
          .limit(q.pageSize)
          .lean<Parameters<typeof toRecord>[0][]>(),
        Point.countDocuments(filter),
      ]);
      const at = new Date();
      return { items: docs.map((d) => toPointView(toRecord(d), 'wgs84', at)), total, page: q.page, pageSize: q.pageSize };
    },

    /** Every point matching the listing filters, for export (at most MAX_SHEET_ROWS). */
    async records(q: PointsListQuery, user: SessionUser, max: number): Promise<PointRecord[]> {
      const filter = listFilter(q, user);
      if (!filter) return [];
      const docs = await Point.find(filter).sort(listSort(q)).limit(max).lean<Parameters<typeof toRecord>[0][]>();
      return docs.map(toRecord);
    },

    async create(body: CreatePointBody, user: SessionUser): Promise<ServicePoint> {
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
      const after = snapshot(doc.toObject());
      await audit(ctx.models, user, { action: 'create', entity: 'point', entityId: after.id, after });
      await ctx.points.changed(doc._id);
      return toPointView(after, crs, new Date());
    },

    async update(id: string, body: UpdatePointBody, user: SessionUser): Promise<ServicePoint> {
      const doc = await findInScope(id, user);
      if (body.areaCode && !inScope(user, body.areaCode)) throw outOfArea();
      const before = snapshot(doc.toObject());
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
      const after = snapshot(doc.toObject());
      await audit(ctx.models, user, { action: verified ? 'verify' : 'update', entity: 'point', entityId: id, before, after });
      await ctx.points.changed(doc._id);
      return toPointView(after, crs, new Date());
    },

    /** Soft delete: the point leaves the map and lists but stays in the database and the audit trail. */
    async remove(id: string, user: SessionUser): Promise<void> {
      const doc = await findInScope(id, user);
      const before = snapshot(doc.toObject());
      doc.deletedAt = new Date();
      doc.set('updatedBy', user.id);
      await doc.save();
      await audit(ctx.models, user, { action: 'delete', entity: 'point', entityId: id, before });
      await ctx.points.changed(doc._id);
    },

    async history(id: string, user: SessionUser) {
      await findInScope(id, user);
      const entries = await ctx.models.Audit.find({ entity: 'point', entityId: id }).sort({ at: -1 }).limit(100).lean();
      return entries.map((e) => ({ at: e.at.toISOString(), actorName: e.actorName, action: e.action, before: e.before, after: e.after }));
    },
  };
}

export type { PointRecord };
