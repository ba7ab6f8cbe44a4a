import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Enrollment, ImportReport } from '@yilu/contract';
import { addDays, beijingDate, dateToExcelSerial } from '@yilu/shared';
import { expectProblem } from '../../../test/harness.js';
import { startCoursesWorld } from '../../../test/courses-world.js';
import { endedSessions } from '../../../test/courses-fixtures.js';
import { download, makeSheet, uploadFile } from '../../../test/sheets.js';

const { api, tokens, workers, createCourse, enroll, attend } = await startCoursesWorld(5);
afterAll(() => api.close());
const skill = '电工职业技能等级证书（五级）';
const permit = '低压电工特种作业操作证';
const today = beijingDate();
/** Today as staff type it: "2026/12/02", "2026年12月2日". */
const slashed = (date: string) => date.replaceAll('-', '/');
const chinese = (date: string) => `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8))}日`;

/**
 * A class that ended yesterday after `sessions` sessions, with five enrollments: the first four approved, having
 * attended the sessions `attended` gives them (all unless told), the fifth still waiting for review.
 */
async function classWithEnrollments({ sessions = endedSessions(2), attended = (_i: number) => sessions.length } = {}) {
  const courseId = await createCourse({ sessions });
  const ids: string[] = [];
  for (let i = 0; i < workers.length; i++) {
    const e = await enroll(courseId, i);
    ids.push(e.body.id);
    if (i >= 4) continue;
    await api.request('PATCH', `/api/v1/enrollments/${e.body.id}`, { token: tokens.school, body: { action: 'approve' } });
    await attend(e.body.id, sessions.slice(0, attended(i)));
  }
  return { courseId, ids, sessions };
}

/** The downloaded sheet as staff see it: a header→column map and a way to fill a row's cells. */
async function openSheet(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const col = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, n) => col.set(cell.text, n));
  const rowOf = (enrollmentId: string) => {
    for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(col.get('报名编号')!).text === enrollmentId) return r;
    throw new Error(`no row for ${enrollmentId}`);
  };
  return {
    headers: [...col.keys()],
    rows: () => Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2)),
    text: (r: number, header: string) => sheet.getRow(r).getCell(col.get(header)!).text,
    fill(enrollmentId: string, values: Record<string, string | number | Date>) {
      const r = rowOf(enrollmentId);
      for (const [header, value] of Object.entries(values)) sheet.getRow(r).getCell(col.get(header)!).value = value;
    },
    save: async () => Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

const importResults = (courseId: string, file: Buffer, query: string, token = tokens.school) =>
  uploadFile<ImportReport>(api.baseUrl, token, `/courses/${courseId}/results-import?${query}`, file, 'results.xlsx');
const enrollmentsOf = async (courseId: string) =>
  (await api.request<{ items: Enrollment[] }>('GET', `/api/v1/courses/${courseId}/enrollments`, { token: tokens.school })).body.items;

describe('results and certificates by .xlsx', () => {
  it('offers a sheet of the enrollments that can take results, with ID numbers masked', async () => {
    const { courseId, ids } = await classWithEnrollments();
    const { file, headers } = await download(api.baseUrl, tokens.school, `/courses/${courseId}/results-sheet`);
    expect(headers.get('content-disposition')).toContain('.xlsx');
    const sheet = await openSheet(file);
    expect(sheet.headers).toEqual([
      '报名编号',
      '座位号',
      '姓名',
      '身份证号',
      '状态',
      `${skill}·成绩`,
      `${skill}·结果`,
      `${skill}·证书编号`,
      `${skill}·发证日期`,
      `${permit}·成绩`,
      `${permit}·结果`,
      `${permit}·证书编号`,
      `${permit}·发证日期`,
    ]);
    const listed = sheet.rows().map((r) => r.getCell(1).text);
    expect(listed.sort()).toEqual(ids.slice(0, 4).sort());
    expect(sheet.text(2, '身份证号')).toMatch(/^\d{4}\*{10}[0-9X]{4}$/);
    expect(sheet.text(2, '状态')).toBe('上课中');
  });

  it('checks every row first, writes nothing while any is wrong, then records results and both certificates', async () => {
    const { courseId, ids } = await classWithEnrollments();
    const sheet = await openSheet((await download(api.baseUrl, tokens.school, `/courses/${courseId}/results-sheet`)).file);
    sheet.fill(ids[0]!, {
      [`${skill}·成绩`]: 88,
      [`${skill}·证书编号`]: 'SKL-2026-0001',
      [`${skill}·发证日期`]: new Date(`${today}T00:00:00Z`),
      [`${permit}·结果`]: '合格',
      [`${permit}·证书编号`]: 'T650109-0001',
      [`${permit}·发证日期`]: slashed(today),
    });
    sheet.fill(ids[1]!, { [`${skill}·成绩`]: 150, [`${permit}·结果`]: '优秀' });
    sheet.fill(ids[2]!, { 姓名: '李四', [`${skill}·成绩`]: 45, [`${skill}·证书编号`]: 'SKL-2026-0002', [`${skill}·发证日期`]: today });
    sheet.fill(ids[3]!, { [`${skill}·成绩`]: 90, [`${skill}·证书编号`]: 'SKL-2026-0002' });
    const bad = await sheet.save();

    const checked = await importResults(courseId, bad, 'mode=validate');
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ total: 4, valid: 1, invalid: 3 });
    const issuesOf = (id: string) => checked.body.rows.find((r) => r.row === rowNumber(id))?.issues.map((i) => `${i.column}：${i.message}`);
    const order = sheet.rows().map((r) => r.getCell(1).text);
    const rowNumber = (id: string) => order.indexOf(id) + 2;
    const twins = `${skill}·证书编号：同一证书编号出现在第 ${[rowNumber(ids[2]!), rowNumber(ids[3]!)].sort().join('、')} 行`;
    expect(issuesOf(ids[1]!)).toEqual([`${skill}·成绩：成绩须为 0–100 的数字`, `${permit}·结果：须填“合格”或“不合格”`]);
    expect(issuesOf(ids[2]!)).toEqual([
      expect.stringMatching(/^姓名：与报名记录（张.+）不一致$/),
      `${skill}·证书编号：考核合格后才能录入证书`,
      twins,
    ]);
    expect(issuesOf(ids[3]!)).toEqual([`${skill}·发证日期：请填写发证日期，如 2026-11-20`, twins]);

    const refused = expectProblem(await importResults(courseId, bad, 'mode=commit'), 422);
    expect(refused.errors![0]!.field).toMatch(/^rows\.\d+\./);
    expect((await enrollmentsOf(courseId)).every((e) => e.results.length === 0 && e.certificates.length === 0)).toBe(true);

    const partial = await importResults(courseId, bad, 'mode=commit&acceptValid=true');
    expect(partial.body).toMatchObject({ mode: 'commit', updated: 1, created: 2, invalid: 3 });
    const done = (await enrollmentsOf(courseId)).find((e) => e.id === ids[0]);
    expect(done?.status).toBe('certified');
    expect(done?.results).toEqual([
      { certificateType: 'skill_level', passed: true, score: 88 },
      { certificateType: 'special_operation', passed: true },
    ]);
    expect(done?.certificates.map((c) => [c.no, c.issuedAt])).toEqual([
      ['SKL-2026-0001', today],
      ['T650109-0001', today],
    ]);
    const verified = await api.request('GET', '/api/v1/certificates/verify?no=T650109-0001');
    expect(verified.body).toMatchObject({ valid: true, name: permit });

    // The same file again: the recorded row is unchanged, nothing is issued twice.
    const again = await importResults(courseId, bad, 'mode=commit&acceptValid=true');
    expect(again.body).toMatchObject({ updated: 0, created: 0 });
    expect(again.body.rows.find((r) => r.row === rowNumber(ids[0]!))?.action).toBe('unchanged');
    expect(await api.ctx.models.Certificate.countDocuments({ enrollmentId: ids[0] })).toBe(2);
  });

  it('records a failed exam and refuses to change an issued certificate number', async () => {
    const { courseId, ids } = await classWithEnrollments();
    const first = await openSheet((await download(api.baseUrl, tokens.school, `/courses/${courseId}/results-sheet`)).file);
    first.fill(ids[0]!, { [`${skill}·成绩`]: 75, [`${skill}·证书编号`]: 'SKL-2026-1001', [`${skill}·发证日期`]: chinese(today) });
    first.fill(ids[1]!, { [`${skill}·结果`]: '不合格' });
    const committed = await importResults(courseId, await first.save(), 'mode=commit');
    expect(committed.body).toMatchObject({ updated: 2, created: 1, invalid: 0 });
    const after = await enrollmentsOf(courseId);
    expect(after.find((e) => e.id === ids[0])?.status).toBe('completed');
    expect(after.find((e) => e.id === ids[1])?.results).toEqual([{ certificateType: 'skill_level', passed: false }]);

    const second = await openSheet((await download(api.baseUrl, tokens.school, `/courses/${courseId}/results-sheet`)).file);
    expect(
      second
        .rows()
        .map((r) => r.getCell(8).text)
        .filter(Boolean),
    ).toEqual(['SKL-2026-1001']);
    second.fill(ids[0]!, { [`${skill}·证书编号`]: 'SKL-2026-9999' });
    const changed = await importResults(courseId, await second.save(), 'mode=validate');
    expect(changed.body.rows.flatMap((r) => r.issues.map((i) => i.message))).toEqual(['已录入证书编号 SKL-2026-1001，不能在导入时更改']);
  });

  it('answers clear problems for a wrong file, a foreign class and another provider', async () => {
    const { courseId } = await classWithEnrollments();
    const noIdColumn = await makeSheet([
      ['姓名', '成绩'],
      ['张三', 90],
    ]);
    const missing = expectProblem(await importResults(courseId, noIdColumn, 'mode=validate'), 400);
    expect(missing).toMatchObject({ detail: '缺少必需的列：报名编号', errors: [{ field: 'file' }] });
    expectProblem(await importResults(courseId, Buffer.from([0, 1, 2, 3, 4, 5]), 'mode=validate'), 415);

    const foreign = await makeSheet([
      ['报名编号', '姓名'],
      ['0123456789abcdef01234567', '张三'],
    ]);
    const unknown = await importResults(courseId, foreign, 'mode=validate');
    expect(unknown.body.rows[0]?.issues).toEqual([{ column: '报名编号', message: '不是本班的报名编号' }]);

    expectProblem(await importResults(courseId, foreign, 'mode=validate', tokens.other), 404);
    const res = await fetch(`${api.baseUrl}/api/v1/courses/${courseId}/results-sheet`, {
      headers: { authorization: `Bearer ${tokens.other}` },
    });
    expect(res.status).toBe(404);
  });
});

describe('the results sheet follows the training', () => {
  const issuesOf = (report: ImportReport, row: number) =>
    report.rows.find((r) => r.row === row)?.issues.map((i) => `${i.column}：${i.message}`) ?? [];

  it('refuses, row by row and column by column, a worker who attended too little and dates that cannot be', async () => {
    // Three sessions: 80 % asks for all three. The second worker attended one.
    const { courseId, ids, sessions } = await classWithEnrollments({ sessions: endedSessions(3), attended: (i) => (i === 1 ? 1 : 3) });
    const sheet = await openSheet((await download(api.baseUrl, tokens.school, `/courses/${courseId}/results-sheet`)).file);
    const cert = (no: string, date: string | number) => ({ [`${skill}·成绩`]: 90, [`${skill}·证书编号`]: no, [`${skill}·发证日期`]: date });
    sheet.fill(ids[0]!, cert('SKL-RULE-0001', dateToExcelSerial(today)));
    sheet.fill(ids[1]!, cert('SKL-RULE-0002', today));
    sheet.fill(ids[2]!, cert('SKL-RULE-0003', '2026/13/45'));
    sheet.fill(ids[3]!, cert('SKL-RULE-0004', addDays(today, 1)));
    const file = await sheet.save();
    const order = sheet.rows().map((r) => r.getCell(1).text);
    const rowOf = (id: string) => order.indexOf(id) + 2;

    const report = (await importResults(courseId, file, 'mode=validate')).body;
    expect(report).toMatchObject({ valid: 1, invalid: 3 });
    expect(issuesOf(report, rowOf(ids[1]!))).toEqual([
      '状态：出勤 1/3 次课，未达到结业要求（出勤达到 80%，即至少 3 次），不能结业；如确需结业，请在报名审核中填写理由',
    ]);
    expect(issuesOf(report, rowOf(ids[2]!))).toEqual([`${skill}·发证日期：无法识别日期“2026/13/45”，须为日历上存在的日期，如 2026-11-20`]);
    expect(issuesOf(report, rowOf(ids[3]!))).toEqual([`${skill}·发证日期：发证日期（${addDays(today, 1)}）不能晚于今天（${today}）`]);

    // Before the last session: refused on the date's column.
    sheet.fill(ids[3]!, cert('SKL-RULE-0004', sessions[1]!.date));
    const early = (await importResults(courseId, await sheet.save(), 'mode=validate')).body;
    expect(issuesOf(early, rowOf(ids[3]!))).toEqual([
      `${skill}·发证日期：发证日期（${sessions[1]!.date}）不能早于最后一次课（${sessions[2]!.date}）`,
    ]);

    const committed = (await importResults(courseId, file, 'mode=commit&acceptValid=true')).body;
    expect(committed).toMatchObject({ updated: 1, created: 1 });
    const stored = await enrollmentsOf(courseId);
    expect(stored.find((e) => e.id === ids[0])?.certificates.map((c) => [c.no, c.issuedAt])).toEqual([['SKL-RULE-0001', today]]);
    expect(stored.filter((e) => e.id !== ids[0]).every((e) => e.certificates.length === 0 && e.results.length === 0)).toBe(true);

    // Staff complete the second worker below the share, with a reason: the sheet then records the certificate.
    const override = { action: 'complete', override: { reason: '因公出差缺课两次，已补学线上课程并通过考核' } };
    expect((await api.request('PATCH', `/api/v1/enrollments/${ids[1]}`, { token: tokens.school, body: override })).status).toBe(200);
    const after = (await importResults(courseId, file, 'mode=validate')).body;
    expect(issuesOf(after, rowOf(ids[1]!))).toEqual([]);
  });

  it('records nothing for a class that has not ended', async () => {
    const nextWeek = addDays(today, 7);
    const { courseId, ids } = await classWithEnrollments({
      sessions: [{ date: nextWeek, start: '09:00', end: '17:00', kind: 'practice' }],
      attended: () => 0,
    });
    const sheet = await openSheet((await download(api.baseUrl, tokens.school, `/courses/${courseId}/results-sheet`)).file);
    for (const id of ids.slice(0, 4))
      sheet.fill(id, { [`${skill}·成绩`]: 90, [`${skill}·证书编号`]: `SKL-SOON-${id.slice(-6)}`, [`${skill}·发证日期`]: today });
    const report = (await importResults(courseId, await sheet.save(), 'mode=validate')).body;
    expect(report).toMatchObject({ valid: 0, invalid: 4 });
    for (const r of report.rows) {
      expect(r.issues).toContainEqual({ column: '状态', message: `课程尚未结束（最后一次课 ${nextWeek} 17:00 结束），不能结业` });
      expect(r.issues).toContainEqual({ column: `${skill}·发证日期`, message: `发证日期（${today}）不能早于最后一次课（${nextWeek}）` });
    }
    expect((await importResults(courseId, await sheet.save(), 'mode=commit&acceptValid=true')).body).toMatchObject({
      updated: 0,
      created: 0,
    });
    expect((await api.ctx.models.Certificate.find().lean()).filter((c) => ids.includes(c.enrollmentId.toString()))).toEqual([]);
  });
});
