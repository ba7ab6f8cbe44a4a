import { trusted, type Types } from 'mongoose';
import {
  enrollmentStatusLabels,
  parseCalendarDate,
  PASS_SCORE,
  reviewBodySchema,
  type EnrollmentStatus,
  type ReviewBody,
  type SessionUser,
} from '@yilu/shared';
import type { AppContext } from '../context.js';
import type { Models } from '../db/connection.js';
import { HttpProblem } from '../http/problem.js';
import { assertCommittable, newReport, type ImportReport, type ImportRowResult, type RowIssue } from '../sheets/import-report.js';
import { completionRefusal, issueDateRefusal } from './completion.js';
import { createCoursesService } from './courses.service.js';
import { createEnrollmentsService } from './enrollments.service.js';
import { certKey, FAILED_TEXT, PASSED_TEXT, readResultsSheet, RESULT_STATES, resultsColumns, type ResultsKey } from './results-sheet.js';

const passedWords = new Map<string, boolean>([
  [PASSED_TEXT, true],
  ['通过', true],
  ['是', true],
  ['pass', true],
  [FAILED_TEXT, false],
  ['未通过', false],
  ['否', false],
  ['fail', false],
]);

type Row = ImportRowResult & { enrollmentId?: string; steps: ReviewBody[] };
type Cells = Partial<Record<ResultsKey, string>>;
type Cert = { type: string; name: string };
type Issue = (key: ResultsKey, message: string) => void;

/** The class's enrollments by id, and the certificates they hold (not those revoked). */
async function storedOf(models: Models, courseId: Types.ObjectId) {
  const stored = new Map((await models.Enrollment.find({ courseId }).lean()).map((e) => [e._id.toString(), e]));
  const ids = [...stored.values()].map((e) => e._id);
  const issued = await models.Certificate.find({ enrollmentId: trusted({ $in: ids }), revokedAt: null }).lean();
  return { stored, issued };
}

type Stored = Awaited<ReturnType<typeof storedOf>>;
type StoredEnrollment = Stored['stored'] extends Map<string, infer E> ? E : never;

/**
 * What the sheet is checked against: the stored enrollments and certificates, the rows of each number in the file, and
 * the class's sessions and attendance share that completion and issue dates are judged by.
 */
interface Checking extends Stored {
  models: Models;
  certs: Cert[];
  rowsOfNumber: Map<string, number[]>;
  sessions: { date?: string | null; start?: string | null; end?: string | null }[];
  minAttendanceShare: number;
}

/** The rows each certificate number appears on, to spot one number typed twice. */
function rowsByNumber(sheet: { row: number; cells: Cells }[], certs: Cert[]): Map<string, number[]> {
  const rowsOfNumber = new Map<string, number[]>();
  for (const { row, cells } of sheet) {
    for (const cert of certs) {
      const no = cells[certKey(cert.type, 'no')];
      if (no) rowsOfNumber.set(no, [...(rowsOfNumber.get(no) ?? []), row]);
    }
  }
  return rowsOfNumber;
}

/** A certificate's score and result cells: whether passed (if said), and the step recording it when it changed. */
function resultCells(
  cells: Cells,
  cert: Cert,
  before: StoredEnrollment['results'][number] | undefined,
  issue: Issue,
): { passed?: boolean; step?: ReviewBody } {
  const scoreText = cells[certKey(cert.type, 'score')];
  const passedText = cells[certKey(cert.type, 'passed')];
  const score = scoreText === undefined ? undefined : Number(scoreText);
  if (score !== undefined && !(score >= 0 && score <= 100)) issue(certKey(cert.type, 'score'), '成绩须为 0–100 的数字');
  const passed =
    passedText !== undefined ? passedWords.get(passedText.toLowerCase()) : score !== undefined ? score >= PASS_SCORE : undefined;
  if (passedText !== undefined && passed === undefined) issue(certKey(cert.type, 'passed'), `须填“${PASSED_TEXT}”或“${FAILED_TEXT}”`);
  if (passed === undefined || (before && before.passed === passed && (score === undefined || before.score === score))) return { passed };
  return {
    passed,
    step: {
      action: 'result',
      certificateType: cert.type as never,
      passed,
      ...(score === undefined || Number.isNaN(score) ? {} : { score }),
    },
  };
}

/** A certificate's number and date cells: the step issuing it, unless it is issued already or not asked for. */
async function certificateCells(
  c: Checking,
  cells: Cells,
  cert: Cert,
  e: StoredEnrollment,
  passed: boolean | undefined,
  issue: Issue,
): Promise<ReviewBody | undefined> {
  const no = cells[certKey(cert.type, 'no')];
  const dateText = cells[certKey(cert.type, 'issuedAt')];
  const has = c.issued.find((x) => x.enrollmentId.toString() === e._id.toString() && x.type === cert.type);
  if (has) {
    if (no && no !== has._id) issue(certKey(cert.type, 'no'), `已录入证书编号 ${has._id}，不能在导入时更改`);
    return undefined;
  }
  if (!no) {
    if (dateText) issue(certKey(cert.type, 'no'), '填写了发证日期，请同时填写证书编号');
    return undefined;
  }
  if (!passed) issue(certKey(cert.type, 'no'), '考核合格后才能录入证书');
  const issuedAt = dateText ? parseCalendarDate(dateText) : undefined;
  if (!issuedAt) {
    issue(
      certKey(cert.type, 'issuedAt'),
      dateText ? `无法识别日期“${dateText}”，须为日历上存在的日期，如 2026-11-20` : '请填写发证日期，如 2026-11-20',
    );
  }
  const badDate = issuedAt && issueDateRefusal(issuedAt, c.sessions);
  if (badDate) issue(certKey(cert.type, 'issuedAt'), badDate.message);
  const step = { action: 'certify', certificateType: cert.type, no, issuedAt: issuedAt ?? '' };
  const parsed = reviewBodySchema.safeParse(step);
  if (!parsed.success) for (const i of parsed.error.issues) if (i.path[0] === 'no') issue(certKey(cert.type, 'no'), i.message);
  const twins = c.rowsOfNumber.get(no)!;
  if (twins.length > 1) issue(certKey(cert.type, 'no'), `同一证书编号出现在第 ${twins.join('、')} 行`);
  else if (await c.models.Certificate.exists({ _id: no })) issue(certKey(cert.type, 'no'), '该证书编号已被使用');
  return step as ReviewBody;
}

/** Checks one row against its stored enrollment (same class, same name, a state that takes results) and lists the steps that record it. */
async function checkRow(
  c: Checking,
  row: number,
  cells: Cells,
  seen: Map<string, number>,
  column: (key: ResultsKey) => string,
): Promise<Row> {
  const issues: RowIssue[] = [];
  const issue: Issue = (key, message) => issues.push({ column: column(key), message });
  const result: Row = { row, name: cells.realName, action: 'error', issues, steps: [] };
  const e = c.stored.get(cells.enrollmentId ?? '');
  if (!e) {
    issue('enrollmentId', cells.enrollmentId ? '不是本班的报名编号' : '缺少报名编号');
    return result;
  }
  if (seen.has(cells.enrollmentId!)) {
    issue('enrollmentId', `与第 ${seen.get(cells.enrollmentId!)} 行重复`);
    return result;
  }
  seen.set(cells.enrollmentId!, row);
  result.enrollmentId = cells.enrollmentId;
  result.name = e.realName ?? undefined;
  if (cells.realName && cells.realName !== e.realName) issue('realName', `与报名记录（${e.realName}）不一致`);

  for (const cert of c.certs) {
    const before = e.results.find((r) => r.certificateType === cert.type);
    const { passed, step } = resultCells(cells, cert, before, issue);
    if (step) result.steps.push(step);
    const certify = await certificateCells(c, cells, cert, e, passed ?? before?.passed ?? undefined, issue);
    if (certify) result.steps.push(certify);
  }

  if (result.steps.length && !RESULT_STATES.includes(e.status as EnrollmentStatus)) {
    issue('status', `当前状态（${enrollmentStatusLabels[e.status as EnrollmentStatus]}）不能录入成绩`);
  } else if (result.steps.length) {
    completionCells(c, e, result.steps, issue);
  }
  if (issues.length) return result;
  result.action = result.steps.length ? 'update' : 'unchanged';
  // The exam closes the class for this worker: results and certificates are recorded on completed enrollments.
  if (result.steps.length && needsCompleting(e)) result.steps.unshift({ action: 'complete' });
  return result;
}

const needsCompleting = (e: StoredEnrollment) => e.status === 'approved' || e.status === 'attending';

/**
 * A row that records anything completes the class for its worker first (when not yet completed), and a certificate needs
 * completion: the last session over and attendance at the share (or staff's override in the review). Said on the status.
 */
function completionCells(c: Checking, e: StoredEnrollment, steps: ReviewBody[], issue: Issue) {
  const completing = needsCompleting(e);
  if (!completing && !steps.some((s) => s.action === 'certify')) return;
  const facts = { sessions: c.sessions, checkIns: e.checkIns, overridden: Boolean(e.completionOverride?.reason) };
  const refusal = completionRefusal(facts, c.minAttendanceShare, completing ? '不能结业' : '不能发证');
  if (!refusal) return;
  const hint = refusal.slug === 'attendance-below-share' && completing ? '；如确需结业，请在报名审核中填写理由' : '';
  issue('status', refusal.message + hint);
}

/** Records each valid row through the same review actions as the table; a row someone changed meanwhile becomes an error. */
async function commitRows(ctx: AppContext, rows: Row[], report: ImportReport, user: SessionUser, column: (key: ResultsKey) => string) {
  const enrollments = createEnrollmentsService(ctx);
  for (const [i, r] of rows.entries()) {
    if (r.action !== 'update') continue;
    try {
      for (const step of r.steps) await enrollments.applyReview(r.enrollmentId!, step, user);
      report.updated++;
      report.created += r.steps.filter((s) => s.action === 'certify').length;
    } catch (error) {
      // Another person changed this enrollment between the check and now; the rest of the file still counts.
      if (!(error instanceof HttpProblem)) throw error;
      report.rows[i] = {
        row: r.row,
        ...(r.name ? { name: r.name } : {}),
        action: 'error',
        issues: [{ column: column('enrollmentId'), message: error.detail ?? error.message }],
      };
      report.invalid++;
      report.valid--;
    }
  }
}

/**
 * Exam results and certificate numbers for a whole class from the sheet staff downloaded and filled in.
 * Each row is checked against the stored enrollment; `validate` writes nothing, `commit` records each row
 * through the same review actions as the table, so the rules and the audit trail are the ones a single entry has.
 */
export async function importResults(
  ctx: AppContext,
  courseId: string,
  file: Buffer,
  options: { mode: 'validate' | 'commit'; acceptValid: boolean },
  user: SessionUser,
): Promise<ImportReport> {
  const course = await createCoursesService(ctx).findManaged(courseId, user);
  const certs = course.certificates.map((c) => ({ type: c.type!, name: c.name! }));
  const headerOf = new Map(resultsColumns(certs));
  const column = (key: ResultsKey) => headerOf.get(key)!;
  const sheet = await readResultsSheet(file, certs);
  const checking: Checking = {
    models: ctx.models,
    certs,
    ...(await storedOf(ctx.models, course._id)),
    rowsOfNumber: rowsByNumber(sheet, certs),
    sessions: course.sessions,
    minAttendanceShare: ctx.config.minAttendanceShare,
  };

  const seen = new Map<string, number>();
  const rows: Row[] = [];
  for (const { row, cells } of sheet) rows.push(await checkRow(checking, row, cells, seen, column));

  const report = newReport(options.mode, rows);
  if (options.mode === 'validate') return report;
  assertCommittable(report, options.acceptValid);
  await commitRows(ctx, rows, report, user, column);
  return report;
}
