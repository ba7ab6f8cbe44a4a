import type { AuditEntity, SessionUser } from '@yilu/shared';
import type { Models } from '../db/connection.js';
import { recordFacts, snapshotFacts } from './audit-records.js';

export interface AuditEntry {
  action: string;
  entity: AuditEntity;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one entry to the audit trail, with the area and provider of the record as they are now (or, for a
 * record this change deleted, as its last snapshot says), so that the staff in scope can read it later.
 */
export async function audit(models: Models, actor: SessionUser, entry: AuditEntry): Promise<void> {
  const facts = (await recordFacts(models, [entry])).get(`${entry.entity}:${entry.entityId}`) ?? snapshotFacts(entry.before ?? entry.after);
  const { areaCode, providerId } = facts;
  await models.Audit.create({ at: new Date(), actorId: actor.id, actorName: actor.displayName, ...entry, areaCode, providerId });
}
