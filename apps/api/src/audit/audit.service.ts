import { trusted } from 'mongoose';
import { beijingDayEnd, beijingDayStart, type AuditEntity, type ListAuditQuery, type Page, type SessionUser } from '@yilu/shared';
import type { AuditRecord } from '@yilu/contract';
import { managedFilter } from '../auth/scope.js';
import type { AppContext } from '../context.js';
import { escapeRegex } from '../db/regex.js';
import { recordFacts, snapshotFacts } from './audit-records.js';

interface AuditDoc {
  _id: { toString(): string };
  at: Date;
  actorId: { toString(): string };
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** The database filter of a query, inside what the user may read: admins all, area staff their area, providers their own. */
function auditFilter(q: ListAuditQuery, user: SessionUser): Record<string, unknown> {
  const filter: Record<string, unknown> = { ...managedFilter(user) };
  if (q.entity) filter.entity = q.entity;
  if (q.entityId) filter.entityId = q.entityId;
  if (q.actorId) filter.actorId = q.actorId;
  if (q.actor) filter.actorName = trusted({ $regex: escapeRegex(q.actor), $options: 'i' });
  if (q.action) filter.action = q.action;
  if (q.from || q.to) {
    filter.at = trusted({ ...(q.from ? { $gte: beijingDayStart(q.from) } : {}), ...(q.to ? { $lte: beijingDayEnd(q.to) } : {}) });
  }
  return filter;
}

/** Reading the audit trail: who changed or viewed which record, newest first. */
export function createAuditService(ctx: AppContext) {
  const { Audit } = ctx.models;

  return {
    async list(q: ListAuditQuery, user: SessionUser): Promise<Page<AuditRecord>> {
      const filter = auditFilter(q, user);
      const [docs, total] = await Promise.all([
        Audit.find(filter)
          .sort({ at: -1, _id: -1 })
          .skip((q.page - 1) * q.pageSize)
          .limit(q.pageSize)
          .lean<AuditDoc[]>(),
        Audit.countDocuments(filter),
      ]);
      const entries = docs.map((d) => ({ ...d, entity: d.entity as AuditEntity }));
      const facts = await recordFacts(ctx.models, entries);
      const items = entries.map((d): AuditRecord => {
        const label = facts.get(`${d.entity}:${d.entityId}`)?.label || snapshotFacts(d.after ?? d.before).label;
        return {
          id: d._id.toString(),
          at: d.at.toISOString(),
          actor: { id: d.actorId.toString(), name: d.actorName },
          action: d.action,
          entity: d.entity,
          entityId: d.entityId,
          ...(label ? { entityLabel: label } : {}),
          ...(d.before === undefined ? {} : { before: d.before }),
          ...(d.after === undefined ? {} : { after: d.after }),
        };
      });
      return { items, total, page: q.page, pageSize: q.pageSize };
    },
  };
}
