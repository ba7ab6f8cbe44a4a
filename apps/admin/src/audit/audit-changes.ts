import {
  accessTypeLabels,
  amenityLabels,
  eligibilityGroupLabels,
  enrollmentStatusLabels,
  findFieldLabel,
  pointKindLabels,
  pointStatusLabels,
  wishCategoryLabels,
  wishStatusLabels,
  type AuditEntity,
} from '@yilu/shared';
import { t } from '../locales/zh-CN';

/** One field an audited action changed, as the expanded row shows it. */
export interface AuditChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

type Codes = Record<string, string>;

// Bookkeeping every save touches; showing it would hide what people changed.
const bookkeeping = new Set(['_id', 'id', '__v', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy']);

const certificateTypes: Codes = { skill_level: t.courses.skillCert, ...t.courses.permitTypes };

/** Fields stored as codes, by record type, with the words people know them by. */
const codeLabels: Partial<Record<AuditEntity, Record<string, Codes>>> = {
  point: { kind: pointKindLabels, amenities: amenityLabels, access: accessTypeLabels, status: pointStatusLabels },
  point_report: { reason: t.reports.reasons, status: t.reports.statuses },
  course: { status: t.courses.statuses, eligibility: eligibilityGroupLabels },
  enrollment: { status: enrollmentStatusLabels, group: eligibilityGroupLabels, certificateType: certificateTypes },
  wish: { status: wishStatusLabels, category: wishCategoryLabels },
};

const fieldsOf = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

const isCodeList = (v: unknown[]): v is string[] => v.every((item) => typeof item === 'string');

type ExamResult = { certificateType: string; passed: boolean; score?: number };
const isResultList = (v: unknown[]): v is ExamResult[] => v.every((item) => typeof fieldsOf(item).passed === 'boolean');

/** An enrollment's exam results: "职业技能等级证书：通过（82）". */
const formatResults = (results: ExamResult[]) =>
  results
    .map(
      (r) =>
        `${certificateTypes[r.certificateType] ?? r.certificateType}：${r.passed ? t.audit.passed : t.audit.failed}${r.score === undefined ? '' : `（${r.score}）`}`,
    )
    .join('；');

/**
 * A stored value as people read it: codes in words, text as it is, yes/no, lists of words joined, exam results
 * in a sentence, other lists and objects as compact JSON, nothing as "—".
 */
export function formatValue(value: unknown, codes: Codes = {}): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return codes[value] ?? value;
  if (typeof value === 'boolean') return value ? t.audit.yes : t.audit.no;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && !value.length) return '—';
  if (Array.isArray(value) && isCodeList(value)) return value.map((v) => codes[v] ?? v).join('、');
  if (Array.isArray(value) && isResultList(value)) return formatResults(value);
  return JSON.stringify(value);
}

/** The label of a stored field: the admin's own for fields only records have, then the shared table, then the key. */
export const fieldName = (key: string) => t.audit.fields[key] ?? findFieldLabel([key]) ?? key;

/**
 * The fields whose values differ between the record before and after an action (all of them when it created
 * or deleted the record), in the order they were stored.
 */
export function auditChanges(entity: AuditEntity, before: unknown, after: unknown): AuditChange[] {
  const was = fieldsOf(before);
  const is = fieldsOf(after);
  const keys = [...new Set([...Object.keys(was), ...Object.keys(is)])].filter((k) => !bookkeeping.has(k));
  return keys
    .filter((k) => JSON.stringify(was[k]) !== JSON.stringify(is[k]))
    .map((k) => {
      const codes = codeLabels[entity]?.[k];
      return { field: k, label: fieldName(k), before: formatValue(was[k], codes), after: formatValue(is[k], codes) };
    });
}
