import type { RouteLocationRaw } from 'vue-router';
import type { AuditEntity } from '@yilu/shared';

/** The audit trail of one record, for the links on the pages that show it. */
export const auditLink = (entity: AuditEntity, entityId: string): RouteLocationRaw => ({ path: '/audit', query: { entity, entityId } });
