import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { courseBody, duringSession, endedSessions, enrollBody } from '@yilu/api/fixtures/courses';
import { signInToAdmin } from '../support/admin-session.js';
import { apiCall, apiPost, providerToken, workerToken } from '../support/api-client.js';
import { launchBrowser, openOfflinePage } from '../support/browser.js';

// A provider runs a class four workers enrolled in (one still waiting for review): edits its schedule, then cancels it;
// records the exam of a class that ended from a spreadsheet, which refuses a worker who attended too little, and revokes
// a certificate; a class nobody enrolled in is deleted.
const provider = {
  username: 'e2e-results',
  password: 'e2e-results-password',
  displayName: '米东区职业技能培训学校',
  providerId: 'midong-vtc',
};
const title = '低压电工培训班（成绩导入 e2e）';
const spare = '低压电工培训班（待删除 e2e）';
const ended = '低压电工培训班（已结课 e2e）';
const endedDays = endedSessions(2);
/** The trainee of the ended class who came to one of its two sessions. */
const absentee = enrollBody(213).realName;
const skill = '电工职业技能等级证书（五级）';
const permit = '低压电工特种作业操作证';
let token: string;
let courseId: string;
let endedId: string;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  token = await providerToken(provider);
  courseId = (await apiPost('/courses', token, courseBody({ title, capacity: 10 }))).body.id;
  expect((await apiPost('/courses', token, courseBody({ title: spare }))).status).toBe(201);
  for (const n of [201, 202, 203]) {
    const enrolled = await apiPost(`/courses/${courseId}/enrollments`, await workerToken(`成绩骑手${n}`), enrollBody(n));
    expect((await apiCall('PATCH', `/enrollments/${enrolled.body.id}`, token, { action: 'approve' })).status).toBe(200);
  }
  // A fourth applied late and waits for review.
  expect((await apiPost(`/courses/${courseId}/enrollments`, await workerToken('成绩骑手204'), enrollBody(204))).status).toBe(201);

  // A class that ended yesterday: its attendance was recorded from the paper sheet, one trainee came once.
  endedId = (await apiPost('/courses', token, courseBody({ title: ended, sessions: endedDays }))).body.id;
  for (const n of [211, 212, 213]) {
    const enrolled = await apiPost(`/courses/${endedId}/enrollments`, await workerToken(`成绩骑手${n}`), enrollBody(n));
    expect((await apiCall('PATCH', `/enrollments/${enrolled.body.id}`, token, { action: 'approve' })).status).toBe(200);
    for (const session of n === 213 ? endedDays.slice(0, 1) : endedDays) {
      const at = duringSession(session);
      expect((await apiPost(`/enrollments/${enrolled.body.id}/check-in-corrections`, token, { at, reason: '纸质签到表补录' })).status).toBe(
        201,
      );
    }
  }
});
afterAll(() => browser?.close());

async function coursesPage(page: Page) {
  await signInToAdmin(page, provider);
  // The first page counts what waits for the provider, and leads to it.
  await page
    .getByTestId('overview-pendingEnrollments')
    .filter({ hasText: /待审核报名\s*\d+/ })
    .waitFor();
  await page.getByRole('menuitem', { name: '技能培训' }).click();
  return (name: string) => page.getByTestId('courses-table').locator('tr', { hasText: name });
}

/** Fills the downloaded results sheet: every row passes both exams, certificates dated the day of the last session. */
async function fillResults(file: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const col = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, n) => col.set(cell.text, n));
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const set = (header: string, value: string | number) => (row.getCell(col.get(header)!).value = value);
    // Seats are drawn at random, so the numbers follow the trainee, not the row: 成绩骑手211 holds T-E2E-2.
    const n = [211, 212, 213].findIndex((k) => enrollBody(k).realName === row.getCell(col.get('姓名')!).text) + 2;
    const issuedAt = endedDays.at(-1)!.date;
    set(`${skill}·成绩`, 85);
    set(`${skill}·证书编号`, `S-E2E-${n}`);
    set(`${skill}·发证日期`, issuedAt);
    set(`${permit}·结果`, '合格');
    set(`${permit}·证书编号`, `T-E2E-${n}`);
    set(`${permit}·发证日期`, issuedAt.replaceAll('-', '/'));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('admin: a provider runs its classes', () => {
  it('adds a session and seats to a class people enrolled in, with the enrolled-for fields locked', async () => {
    const { page, external } = await openOfflinePage(browser);
    const row = await coursesPage(page);
    await row(title).getByRole('button', { name: '编辑' }).click();
    const dialog = page.getByRole('dialog', { name: '编辑课程' });
    await dialog.getByTestId('course-locked').filter({ hasText: '已有 4 人报名' }).waitFor();
    expect(await dialog.locator('input[name="tradeName"]').isDisabled()).toBe(true);

    const sessions = dialog.locator('textarea[name="sessions"]');
    await sessions.fill(`${await sessions.inputValue()}\n2099-06-01 09:00-12:00 实操`);
    await dialog.locator('input[name="capacity"]').fill('12');
    await dialog.locator('input[name="capacity"]').blur();
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row(title).filter({ hasText: '4/12' }).waitFor();

    const stored = await apiCall('GET', `/courses/${courseId}`, token);
    expect(stored.body.sessions.at(-1)).toEqual({ date: '2099-06-01', start: '09:00', end: '12:00', kind: 'practice' });
    expect(external).toEqual([]);
  });

  it('records the exam of a class that ended from the downloaded results sheet, refusing a worker who attended too little', async () => {
    const { page, external } = await openOfflinePage(browser);
    const row = await coursesPage(page);
    // The waiting enrollment is counted on the class's row, and the count opens the review.
    await row(title).getByTestId(`pending-${courseId}`).filter({ hasText: '1' }).click();
    await page.getByRole('dialog', { name: `报名审核 · ${title}` }).waitFor();
    await page.keyboard.press('Escape');

    await row(ended).getByRole('button', { name: '报名审核' }).click();
    const review = page.getByRole('dialog', { name: `报名审核 · ${ended}` });
    await review.getByTestId('attendance-rule').filter({ hasText: '出勤达到 80% 方可结业' }).waitFor();
    const table = review.getByTestId('enrollments-table');
    await table.locator('tr', { hasText: absentee }).getByTestId('attendance').filter({ hasText: '⚠ 1/2 未达标' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), review.getByTestId('results-sheet').click()]);
    expect(download.suggestedFilename()).toMatch(/^成绩与证书-.+\.xlsx$/);
    const filled = await fillResults(await readFile(await download.path()));

    await review.getByTestId('results-import').click();
    const dialog = page.getByRole('dialog', { name: `导入成绩与证书 · ${ended}` });
    await dialog
      .getByTestId('import-file')
      .setInputFiles({ name: '成绩.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filled });
    await dialog.getByTestId('import-summary').filter({ hasText: '共 3 行：有效 2 行，有误 1 行' }).waitFor();
    // The refusal names the rule next to the worker's row.
    const refused = dialog.getByTestId('import-report').locator('tr', { hasText: absentee });
    expect(await refused.innerText()).toContain('【状态】出勤 1/2 次课，未达到结业要求（出勤达到 80%，即至少 2 次），不能结业');
    await dialog.getByRole('button', { name: '只导入有效行' }).click();
    await dialog.getByTestId('import-summary').filter({ hasText: '导入完成：更新 2 人的成绩，录入证书 4 张' }).waitFor();
    await dialog.getByRole('button', { name: '确定' }).click();

    await expect.poll(async () => table.locator('tr', { hasText: '已取证' }).count()).toBe(2);
    await table.locator('tr', { hasText: 'T-E2E-2' }).waitFor();
    expect(await table.locator('tr', { hasText: absentee }).innerText()).not.toContain('已取证');
    expect(external).toEqual([]);
  });

  it('revokes a certificate after a dialog that asks why, issues a corrected one; the public page says 已撤销 for the first', async () => {
    const { page, external } = await openOfflinePage(browser);
    const row = await coursesPage(page);
    await row(ended).getByRole('button', { name: '报名审核' }).click();
    const holder = page.getByTestId('enrollments-table').locator('tr', { hasText: 'T-E2E-2' });
    await holder.getByTestId('cert-special_operation').getByTestId('revoke').click();
    const box = page.locator('.el-message-box');
    await box.filter({ hasText: '撤销后，证书查询将显示“已撤销”，且不能恢复' }).waitFor();
    await box.locator('input').fill('复核发现考核材料不实');
    await box.getByRole('button', { name: '撤销', exact: true }).click();
    await box.waitFor({ state: 'hidden' });
    await holder.getByTestId('revoked-certificate').filter({ hasText: '复核发现考核材料不实' }).waitFor();
    await holder.filter({ hasText: '已结业' }).waitFor();
    // A corrected permit is issued under a new number; the worker holds both certificates again.
    await holder.getByTestId('cert-special_operation').getByRole('button', { name: '录入证书' }).click();
    await box.locator('input').fill('T-E2E-2R');
    await box.getByRole('button', { name: '确定' }).click();
    await holder.filter({ hasText: '已取证' }).filter({ hasText: 'T-E2E-2R' }).waitFor();

    await page.goto(`${inject('adminUrl')}/#/verify?no=T-E2E-2`);
    const status = page.getByTestId('verify-status');
    await status.filter({ hasText: '✖ 证书已撤销' }).waitFor();
    const result = await page.getByTestId('verify-result').innerText();
    expect(result).toContain('复核发现考核材料不实');
    expect(result).not.toContain(provider.displayName);
    expect(external).toEqual([]);
  });

  it('deletes a class nobody enrolled in and cancels one people did, each after a confirmation', async () => {
    const { page, external } = await openOfflinePage(browser);
    const row = await coursesPage(page);
    const box = page.locator('.el-message-box');

    await row(spare).getByRole('button', { name: '删除' }).click();
    await box.filter({ hasText: `确定删除「${spare}」吗？删除后不可恢复。` }).waitFor();
    await box.getByRole('button', { name: '删除', exact: true }).click();
    await row(spare).waitFor({ state: 'detached' });

    await row(title).getByRole('button', { name: '取消课程' }).click();
    await box.filter({ hasText: `已报名的 4 人将看到课程已取消` }).waitFor();
    await box.getByRole('button', { name: '取消课程', exact: true }).click();
    await row(title).filter({ hasText: '已取消' }).waitFor();
    expect(external).toEqual([]);
  });
});
