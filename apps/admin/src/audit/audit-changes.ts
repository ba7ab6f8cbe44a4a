import { findFieldLabel } from '@yilu/shared';
import { t } from '../locales/zh-CN';

/** One field an audited action changed, as the expanded row shows it. */
export interface AuditChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

// Bookkeeping every save touches; showing it would hide what people changed.
const bookkeeping = new Set(['_id', 'id', '__v', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy']);

const fieldsOf = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** A stored value as people read it: text as it is, yes/no, lists and objects as compact JSON, nothing as "—". */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? t.audit.yes : t.audit.no;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** The label of a stored field: the admin's own for fields only records have, then the shared table, then the key. */
export const fieldName = (key: string) => t.audit.fields[key] ?? findFieldLabel([key]) ?? key;

/**
 * The fields whose values differ between the record before and after an action (all of them when it created
 * or deleted the record), in the order they were stored.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const was = fieldsOf(before);
  const is = fieldsOf(after);
  const keys = [...new Set([...Object.keys(was), ...Object.keys(is)])].filter((k) => !bookkeeping.has(k));
  return keys
    .filter((k) => JSON.stringify(was[k]) !== JSON.stringify(is[k]))
    .map((k) => ({ field: k, label: fieldName(k), before: formatValue(was[k]), after: formatValue(is[k]) }));
}
