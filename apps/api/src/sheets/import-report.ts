import { HttpProblem } from '../http/problem.js';

export interface RowIssue {
  column: string;
  message: string;
}

export interface ImportRowResult {
  row: number;
  name?: string;
  action: 'create' | 'update' | 'unchanged' | 'error';
  issues: RowIssue[];
}

/** What a bulk import found (mode `validate`) or did (mode `commit`), row by row. */
export interface ImportReport {
  mode: 'validate' | 'commit';
  total: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  rows: ImportRowResult[];
}

export function newReport(mode: ImportReport['mode'], rows: ImportRowResult[]): ImportReport {
  const invalid = rows.filter((r) => r.action === 'error').length;
  return {
    mode,
    total: rows.length,
    valid: rows.length - invalid,
    invalid,
    created: 0,
    updated: 0,
    rows: rows.map(({ row, name, action, issues }) => ({ row, ...(name ? { name } : {}), action, issues })),
  };
}

/** A commit writes nothing while any row is wrong, unless staff chose to import the valid rows alone. */
export function assertCommittable(report: ImportReport, acceptValid: boolean): void {
  if (!report.invalid || acceptValid) return;
  throw new HttpProblem(
    422,
    'import-has-errors',
    `文件中有 ${report.invalid} 行有误，未导入任何数据。请修正后重试，或选择只导入有效行。`,
    report.rows.flatMap((r) => r.issues.map((i) => ({ field: `rows.${r.row}.${i.column}`, message: i.message }))),
  );
}
