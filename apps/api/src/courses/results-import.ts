import { trusted } from 'mongoose';
import { enrollmentStatusLabels, PASS_SCORE, reviewBodySchema, type EnrollmentStatus, type ReviewBody, type SessionUser } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { HttpProblem } from '../http/problem.js';
import { assertCommittable, newReport, type ImportReport, type ImportRowResult, type RowIssue } from '../sheets/import-report.js';
import { createCoursesService } from './courses.service.js';
import { createEnrollmentsService } from './enrollments.service.js';
import { certKey, FAILED_TEXT, PASSED_TEXT, readResultsSheet, RESULT_STATES, resultsColumns, type ResultsKey } from './results-sheet.js';

const passedWords = new Map<string, boolean>([
  [PASSED_TEXT, true], ['通过', true], ['是', true], ['pass', true],
  [FAILED_TEXT, false], ['未通过', false], ['否', false], ['fail', false],
]);

/** "2026-11-20", "2026/11/20", "2026.11.20" or "2026年11月20日" as YYYY-MM-DD; undefined when none of these. */
export function normalizeDate(text: string): string | undefined {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
}

type Row = ImportRowResult & { enrollmentId?: string; steps: ReviewBody[] };

/**
 * Exam results and certificate numbers for a whole class from the sheet staff downloaded and filled in.
 * Each row is checked against the stored enrollment (same class, same name, a state that can take results);
 * `validate` writes nothing, `commit` records each row through the same review actions as the table, so the
 * rules and the audit trail are the ones a single entry has.
 */
export async function importResults(
  ctx: AppContext,
  courseId: string,
  file: Buffer,
  options: { mode: 'validate' | 'commit'; acceptValid: boolean },
  user: SessionUser,
): Promise<ImportReport> {
  const { Enrollment, Certificate } = ctx.models;
  const course = await createCoursesService(ctx).findManaged(courseId, user);
  const certs = course.certificates.map((c) => ({ type: c.type!, name: c.name! }));
  const headerOf = new Map(resultsColumns(certs));
  const column = (key: ResultsKey) => headerOf.get(key)!;
  const sheet = await readResultsSheet(file, certs);

  const stored = new Map((await Enrollment.find({ courseId: course._id }).lean()).map((e) => [e._id.toString(), e]));
  const issued = await Certificate.find({ enrollmentId: trusted({ $in: [...stored.values()].map((e) => e._id) }) }).lean();
  const seenEnrollments = new Map<string, number>();
  const rowsOfNumber = new Map<string, number[]>();
  for (const { row, cells } of sheet) {
    for (const cert of certs) {
      const no = cells[certKey(cert.type, 'no')];
      if (no) rowsOfNumber.set(no, [...(rowsOfNumber.get(no) ?? []), row]);
    }
  }
  const rows: Row[] = [];

  for (const { row, cells } of sheet) {
    const issues: RowIssue[] = [];
    const issue = (key: ResultsKey, message: string) => issues.push({ column: column(key), message });
    const result: Row = { row, name: cells.realName, action: 'error', issues, steps: [] };
    rows.push(result);

    const e = stored.get(cells.enrollmentId ?? '');
    if (!e) {
      issue('enrollmentId', cells.enrollmentId ? '不是本班的报名编号' : '缺少报名编号');
      continue;
    }
    if (seenEnrollments.has(cells.enrollmentId!)) {
      issue('enrollmentId', `与第 ${seenEnrollments.get(cells.enrollmentId!)} 行重复`);
      continue;
    }
    seenEnrollments.set(cells.enrollmentId!, row);
    result.enrollmentId = cells.enrollmentId;
    result.name = e.realName ?? undefined;
    if (cells.realName && cells.realName !== e.realName) issue('realName', `与报名记录（${e.realName}）不一致`);

    for (const cert of certs) {
      const scoreText = cells[certKey(cert.type, 'score')];
      const passedText = cells[certKey(cert.type, 'passed')];
      const score = scoreText === undefined ? undefined : Number(scoreText);
      if (score !== undefined && !(score >= 0 && score <= 100)) issue(certKey(cert.type, 'score'), '成绩须为 0–100 的数字');
      const passed = passedText !== undefined ? passedWords.get(passedText.toLowerCase()) : score !== undefined ? score >= PASS_SCORE : undefined;
      if (passedText !== undefined && passed === undefined) issue(certKey(cert.type, 'passed'), `须填“${PASSED_TEXT}”或“${FAILED_TEXT}”`);

      const before = e.results.find((r) => r.certificateType === cert.type);
      if (passed !== undefined && (!before || before.passed !== passed || (score !== undefined && before.score !== score))) {
        result.steps.push({ action: 'result', certificateType: cert.type as never, passed, ...(score === undefined || Number.isNaN(score) ? {} : { score }) });
      }

      const no = cells[certKey(cert.type, 'no')];
      const dateText = cells[certKey(cert.type, 'issuedAt')];
      const has = issued.find((c) => c.enrollmentId.toString() === e._id.toString() && c.type === cert.type);
      if (has) {
        if (no && no !== has._id) issue(certKey(cert.type, 'no'), `已录入证书编号 ${has._id}，不能在导入时更改`);
        continue;
      }
      if (!no) {
        if (dateText) issue(certKey(cert.type, 'no'), '填写了发证日期，请同时填写证书编号');
        continue;
      }
      if (!(passed ?? before?.passed)) issue(certKey(cert.type, 'no'), '考核合格后才能录入证书');
      const issuedAt = dateText ? normalizeDate(dateText) : undefined;
      if (!issuedAt) issue(certKey(cert.type, 'issuedAt'), dateText ? `无法识别日期“${dateText}”，如 2026-11-20` : '请填写发证日期，如 2026-11-20');
      const step = { action: 'certify', certificateType: cert.type, no, issuedAt: issuedAt ?? '' };
      const parsed = reviewBodySchema.safeParse(step);
      if (!parsed.success) for (const i of parsed.error.issues) if (i.path[0] === 'no') issue(certKey(cert.type, 'no'), i.message);
      const twins = rowsOfNumber.get(no)!;
      if (twins.length > 1) issue(certKey(cert.type, 'no'), `同一证书编号出现在第 ${twins.join('、')} 行`);
      else if (await Certificate.exists({ _id: no })) issue(certKey(cert.type, 'no'), '该证书编号已被使用');
      result.steps.push(step as ReviewBody);
    }

    if (result.steps.length && !RESULT_STATES.includes(e.status as EnrollmentStatus)) {
      issue('status', `当前状态（${enrollmentStatusLabels[e.status as EnrollmentStatus]}）不能录入成绩`);
    }
    if (issues.length) continue;
    result.action = result.steps.length ? 'update' : 'unchanged';
    // The exam closes the class for this worker: results and certificates are recorded on completed enrollments.
    if (result.steps.length && (e.status === 'approved' || e.status === 'attending')) result.steps.unshift({ action: 'complete' });
  }

  const report = newReport(options.mode, rows);
  if (options.mode === 'validate') return report;
  assertCommittable(report, options.acceptValid);

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
      report.rows[i] = { row: r.row, ...(r.name ? { name: r.name } : {}), action: 'error', issues: [{ column: column('enrollmentId'), message: error.detail ?? error.message }] };
      report.invalid++;
      report.valid--;
    }
  }
  return report;
}
