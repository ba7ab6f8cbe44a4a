import type { EmploymentFigures, EmploymentRow } from '@yilu/contract';
import {
  isSmallGroup,
  MIN_GROUP_SIZE,
  WITHHELD_NOTE,
  withholdSmallCounts,
  type EmploymentFiguresQuery,
  type SessionUser,
} from '@yilu/shared';
import type { AppContext } from '../context.js';
import { loadOutcomes, type Outcome } from './employment-facts.js';

interface Group {
  key: string;
  label: string;
  parent?: string;
  certified: Set<string>;
  hired: Set<string>;
  /** Days from certificate to start, once per person hired. */
  days: Map<string, number>;
}

function groupOutcomes(outcomes: Outcome[]): Group[] {
  const groups = new Map<string, Group>();
  for (const o of outcomes) {
    const g = groups.get(o.group) ?? {
      key: o.group,
      label: o.label,
      parent: o.parent,
      certified: new Set(),
      hired: new Set(),
      days: new Map(),
    };
    g.certified.add(o.workerId);
    if (o.hired) g.hired.add(o.workerId);
    if (o.hired && o.days !== undefined && !g.days.has(o.workerId)) g.days.set(o.workerId, o.days);
    groups.set(o.group, g);
  }
  return [...groups.values()];
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The rows as they may be shown. A row of fewer than 5 certified people is withheld whole; a count of 1–4 hired is
 * withheld with its rate and median. The whole table is a line (its total follows from another grouping), and so are a
 * provider's classes (the provider's row shows their total), so no withheld count can be worked out from them.
 */
function shownRows(groups: Group[]): EmploymentRow[] {
  const everything = groups.map((_, i) => i);
  const byParent = new Map<string, number[]>();
  groups.forEach((g, i) => g.parent !== undefined && byParent.set(g.parent, [...(byParent.get(g.parent) ?? []), i]));
  const lines = [everything, ...byParent.values()];
  const certified = withholdSmallCounts(
    groups.map((g) => g.certified.size),
    lines,
  );
  const withheldRows = everything.filter((i) => certified[i] === null);
  const hired = withholdSmallCounts(
    groups.map((g) => g.hired.size),
    lines,
    { withheld: withheldRows },
  );
  return groups.map((g, i) => {
    const c = certified[i]!;
    const h = hired[i]!;
    const days = [...g.days.values()];
    return {
      key: g.key,
      label: g.label,
      certified: c,
      hired: h,
      rate: c && h !== null ? Math.round((h / c) * 1000) / 1000 : null,
      medianDays: h && !isSmallGroup(days.length) ? median(days) : null,
    };
  });
}

/** 上岗率 per class, provider or employer in the user's area, and the median days from certificate to job start. */
export async function employmentFigures(ctx: AppContext, q: EmploymentFiguresQuery, user: SessionUser): Promise<EmploymentFigures> {
  const rows = shownRows(groupOutcomes(await loadOutcomes(ctx, user, q.groupBy)));
  // Ordered by what is shown only: an order by withheld counts would give them away.
  rows.sort((a, b) => (b.certified ?? -1) - (a.certified ?? -1) || a.label.localeCompare(b.label, 'zh-CN'));
  return { groupBy: q.groupBy, minGroupSize: MIN_GROUP_SIZE, note: WITHHELD_NOTE, rows };
}
