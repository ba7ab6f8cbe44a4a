import { reactive } from 'vue';
import type { LocationQuery } from 'vue-router';
import type { QueryOf } from '@yilu/client';
import type { AuditRecord } from '@yilu/contract';
import { auditEntities, type AuditEntity, type Page } from '@yilu/shared';
import { api } from '../api/client';
import { usePagedList, type PageRequest } from '../api/use-paged-list';

export interface AuditFilters {
  entity: AuditEntity | '';
  entityId: string;
  actor: string;
  action: string;
  /** Beijing calendar days, both included. */
  range: [string, string] | null;
}

const noFilters = (): AuditFilters => ({ entity: '', entityId: '', actor: '', action: '', range: null });
const text = (v: LocationQuery[string] | undefined) => (typeof v === 'string' ? v.trim() : '');

/** The filters a link put in the page's address (`/audit?entity=point&entityId=…`); anything else is ignored. */
export function filtersFrom(query: LocationQuery): AuditFilters {
  const entity = text(query.entity);
  return {
    ...noFilters(),
    entity: (auditEntities as readonly string[]).includes(entity) ? (entity as AuditEntity) : '',
    entityId: text(query.entityId),
  };
}

/** The list query for the filters and a page; what is not set is left out. */
export function auditQuery(f: AuditFilters, page: PageRequest): QueryOf<'listAudit'> {
  return {
    ...page,
    entity: f.entity || undefined,
    entityId: f.entityId.trim() || undefined,
    actor: f.actor.trim() || undefined,
    action: f.action || undefined,
    from: f.range?.[0],
    to: f.range?.[1],
  };
}

type ListAudit = (query: QueryOf<'listAudit'>) => Promise<Page<AuditRecord>>;

/** The audit trail in the signed-in user's scope, newest first, filtered and paged. */
export function useAudit(initial: AuditFilters = noFilters(), listAudit: ListAudit = (query) => api.listAudit({ query })) {
  const filters = reactive<AuditFilters>({ ...initial });
  const list = usePagedList((page) => listAudit(auditQuery(filters, page)), 20);

  /** Shows other filters (a link to another record, or none): back to the first page. */
  function show(next: AuditFilters = noFilters()) {
    Object.assign(filters, next);
    list.search();
  }

  return { filters, ...list, show };
}
