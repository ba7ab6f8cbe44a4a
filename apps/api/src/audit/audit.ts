import type { SessionUser } from '@yilu/shared';
import type { Models } from '../db/connection.js';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Appends one entry to the audit trail. */
export async function audit(models: Models, actor: SessionUser, entry: AuditEntry): Promise<void> {
  await models.Audit.create({ at: new Date(), actorId: actor.id, actorName: actor.displayName, ...entry });
}
