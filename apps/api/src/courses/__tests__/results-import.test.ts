import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Enrollment, ImportReport } from '@yilu/contract';
import { expectProblem } from '../../../test/harness.js';
import { startCoursesWorld } from '../../../test/courses-world.js';
import { download, makeSheet, uploadFile } from '../../../test/sheets.js';

const { api, tokens, workers, createCourse, enroll } = await startCoursesWorld(5);
afterAll(() => api.close());
const skill = '电工职业技能等级证书（五级）';
const permit = '低压电工特种作业操作证';

/** A class with five enrollments: the first four approved, the fifth still waiting for review. */
async function classWithEnrollments() {
  const courseId = await createCourse();
  const ids: string[] = [];
  for (let i = 0; i < workers.length; i++) {
    const e = await enroll(courseId, i);
    ids.push(e.body.id);
    if (i < 4) await api.request('PATCH', `/api/v1/enrollments/${e.body.id}`, { token: tokens.school, body: { action: 'approve' } });
  }
  return { courseId, ids };
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
      '报名编号', '座位号', '姓名', '身份证号', '状态',
      `${skill}·成绩`, `${skill}·结果`, `${skill}·证书编号`, `${skill}·发证日期`,
      `${permit}·成绩`, `${permit}·结果`, `${permit}·证书编号`, `${permit}·发证日期`,
    ]);
    const listed = sheet.rows().map((r) => r.getCell(1).text);
    expect(listed.sort()).toEqual(ids.slice(0, 4).sort());
    expect(sheet.text(2, '身份证号')).toMatch(/^\d{4}\*{10}[0-9X]{4}$/);
    expect(sheet.text(2, '状态')).toBe('已通过');
  });

  it('checks every row first, writes nothing while any is wrong, then records results and both certificates', async () => {
    const { courseId, ids } = await classWithEnrollments();
    const sheet = await openSheet((await download(api.baseUrl, tokens.school, `/courses/${courseId}/results-sheet`)).file);
    sheet.fill(ids[0]!, {
      [`${skill}·成绩`]: 88, [`${skill}·证书编号`]: 'SKL-2026-0001', [`${skill}·发证日期`]: new Date(Date.UTC(2026, 10, 20)),
      [`${permit}·结果`]: '合格', [`${permit}·证书编号`]: 'T650109-0001', [`${permit}·发证日期`]: '2026/11/21',
    });
    sheet.fill(ids[1]!, { [`${skill}·成绩`]: 150, [`${permit}·结果`]: '优秀' });
    sheet.fill(ids[2]!, { 姓名: '李四', [`${skill}·成绩`]: 45, [`${skill}·证书编号`]: 'SKL-2026-0002', [`${skill}·发证日期`]: '2026-11-20' });
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
    expect(issuesOf(ids[2]!)).toEqual([expect.stringMatching(/^姓名：与报名记录（张.+）不一致$/), `${skill}·证书编号：考核合格后才能录入证书`, twins]);
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
      ['SKL-2026-0001', '2026-11-20'],
      ['T650109-0001', '2026-11-21'],
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
    first.fill(ids[0]!, { [`${skill}·成绩`]: 75, [`${skill}·证书编号`]: 'SKL-2026-1001', [`${skill}·发证日期`]: '2026年11月20日' });
    first.fill(ids[1]!, { [`${skill}·结果`]: '不合格' });
    const committed = await importResults(courseId, await first.save(), 'mode=commit');
    expect(committed.body).toMatchObject({ updated: 2, created: 1, invalid: 0 });
    const after = await enrollmentsOf(courseId);
    expect(after.find((e) => e.id === ids[0])?.status).toBe('completed');
    expect(after.find((e) => e.id === ids[1])?.results).toEqual([{ certificateType: 'skill_level', passed: false }]);

    const second = await openSheet((await download(api.baseUrl, tokens.school, `/courses/${courseId}/results-sheet`)).file);
    expect(second.rows().map((r) => r.getCell(8).text).filter(Boolean)).toEqual(['SKL-2026-1001']);
    second.fill(ids[0]!, { [`${skill}·证书编号`]: 'SKL-2026-9999' });
    const changed = await importResults(courseId, await second.save(), 'mode=validate');
    expect(changed.body.rows.flatMap((r) => r.issues.map((i) => i.message))).toEqual(['已录入证书编号 SKL-2026-1001，不能在导入时更改']);
  });

  it('answers clear problems for a wrong file, a foreign class and another provider', async () => {
    const { courseId } = await classWithEnrollments();
    const noIdColumn = await makeSheet([['姓名', '成绩'], ['张三', 90]]);
    const missing = expectProblem(await importResults(courseId, noIdColumn, 'mode=validate'), 400);
    expect(missing).toMatchObject({ detail: '缺少必需的列：报名编号', errors: [{ field: 'file' }] });
    expectProblem(await importResults(courseId, Buffer.from([0, 1, 2, 3, 4, 5]), 'mode=validate'), 415);

    const foreign = await makeSheet([['报名编号', '姓名'], ['0123456789abcdef01234567', '张三']]);
    const unknown = await importResults(courseId, foreign, 'mode=validate');
    expect(unknown.body.rows[0]?.issues).toEqual([{ column: '报名编号', message: '不是本班的报名编号' }]);

    expectProblem(await importResults(courseId, foreign, 'mode=validate', tokens.other), 404);
    const res = await fetch(`${api.baseUrl}/api/v1/courses/${courseId}/results-sheet`, { headers: { authorization: `Bearer ${tokens.other}` } });
    expect(res.status).toBe(404);
  });
});
