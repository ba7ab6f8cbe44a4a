import { trusted } from 'mongoose';
import {
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
import { notFound } from '../http/problem.js';
import { createPoint, findInScope, updatePoint } from './point-editing.js';
import { notDeleted, notVerifiedFor } from './point-filters.js';
import { toRecord, type PointRecord } from './point-record.js';
import { toPointView } from './point-view.js';
import { areaScopeFilter, inScope, isAreaStaff, withinAreaFilter } from '../auth/scope.js';
import { escapeRegex } from '../db/regex.js';

export function createPointsService(ctx: AppContext) {
  const { Point } = ctx.models;
  const catalog = ctx.points.catalog;

  const inScopePoint = (id: string, user: SessionUser) => findInScope(ctx, id, user);

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
      if (!isAreaStaff(user)) throw notFound('服务点不存在');
      return toPointView(toRecord(await inScopePoint(id, user)), crs, new Date());
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

    create: (body: CreatePointBody, user: SessionUser) => createPoint(ctx, body, user),

    update: (id: string, body: UpdatePointBody, user: SessionUser) => updatePoint(ctx, id, body, user),

    /** Soft delete: the point leaves the map and lists but stays in the database and the audit trail. */
    async remove(id: string, user: SessionUser): Promise<void> {
      const doc = await inScopePoint(id, user);
      const before = toRecord(doc.toObject());
      doc.deletedAt = new Date();
      doc.set('updatedBy', user.id);
      await doc.save();
      await audit(ctx.models, user, { action: 'delete', entity: 'point', entityId: id, before });
      await ctx.points.changed(doc._id);
    },

    async history(id: string, user: SessionUser) {
      await inScopePoint(id, user);
      const entries = await ctx.models.Audit.find({ entity: 'point', entityId: id }).sort({ at: -1 }).limit(100).lean();
      return entries.map((e) => ({ at: e.at.toISOString(), actorName: e.actorName, action: e.action, before: e.before, after: e.after }));
    },
  };
}

export type { PointRecord };
export { notDeleted, notVerifiedFor };
