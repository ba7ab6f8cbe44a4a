import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { courseBody, duringSession, endedSessions, school } from '@yilu/api/fixtures/courses';
import { signInToAdmin } from '../support/admin-session.js';
import { adminToken, apiCall, apiPost, providerToken, workerToken } from '../support/api-client.js';
import { launchBrowser, openOfflinePage } from '../support/browser.js';

// A dual-certificate electrician class at Urumqi Midong's training school, with a session running now; and the same
// class that ended yesterday, which the worker attended (recorded from the paper sheet) and completes with two certificates.
const provider = { username: 'e2e-school', password: 'e2e-school-password' };
const title = '低压电工“一培双证”培训班（e2e）';
const endedTitle = '低压电工“一培双证”培训班（已结课 e2e）';
const trainee = { realName: '王建军', phone: '13912345678', idNumber: '11010519491231002X', group: 'new_employment', consent: true };

let browser: Browser;
let providerAuth = '';

/** The school's figures for 米东区, which other files' classes of the same school share (files run one at a time). */
async function midongFigures(): Promise<{ trained: number; certified: number }> {
  const { body } = await apiCall('GET', '/stats/training?groupBy=area', providerAuth);
  return body.rows.find((r: { key: string }) => r.key === '650109');
}

beforeAll(async () => {
  browser = await launchBrowser();
  const token = await providerToken({ ...provider, displayName: '米东区职业技能培训学校', providerId: 'midong-vtc' });
  providerAuth = token;
  // The school is a listed training site, so the class page shows it on the map.
  const site = await apiPost('/points', await adminToken(), {
    name: '米东区职业技能培训学校',
    kind: 'training_site',
    address: '乌鲁木齐市米东区米东南路 55 号',
    areaCode: '650109',
    location: school,
    hours: { timezone: 'Asia/Shanghai', alwaysOpen: true, weekly: [], exceptions: [] },
  });
  expect(site.status).toBe(201);
  const sites = [{ name: '实训基地', address: '乌鲁木齐市米东区米东南路 55 号', location: school, pointId: site.body.id }];
  const course = await apiPost(
    '/courses',
    token,
    courseBody({ title, capacity: 20, eligibility: ['new_employment', 'rural_migrant'], sites }),
  );
  expect(course.status).toBe(201);
  // Another trade, so the list offers a trade filter.
  expect((await apiPost('/courses', token, courseBody({ title: '叉车司机培训班（e2e）', trade: { name: '叉车司机' } }))).status).toBe(201);

  const sessions = endedSessions(2);
  const ended = await apiPost('/courses', token, courseBody({ title: endedTitle, sessions, eligibility: ['new_employment'], sites }));
  // The h5 development sign-in is this worker.
  const enrolled = await apiPost(`/courses/${ended.body.id}/enrollments`, await workerToken('测试骑手'), trainee);
  expect((await apiCall('PATCH', `/enrollments/${enrolled.body.id}`, token, { action: 'approve' })).status).toBe(200);
  for (const s of sessions) {
    const corrected = await apiPost(`/enrollments/${enrolled.body.id}/check-in-corrections`, token, {
      at: duringSession(s),
      reason: '纸质签到表补录',
    });
    expect(corrected.status).toBe(201);
  }
});
afterAll(() => browser?.close());

async function adminAsProvider(page: Page) {
  await signInToAdmin(page, provider);
  return openReview(page);
}

async function openReview(page: Page, course = title) {
  await page.getByRole('menuitem', { name: '技能培训' }).click();
  await page.getByTestId('courses-table').locator('tr', { hasText: course }).getByRole('button', { name: '报名审核' }).click();
  return page.getByRole('dialog', { name: `报名审核 · ${course}` }).getByTestId('enrollments-table');
}

async function answerPrompt(page: Page, value: string) {
  const box = page.locator('.el-message-box');
  await box.locator('input').fill(value);
  await box.getByRole('button', { name: '确定' }).click();
  await box.waitFor({ state: 'hidden' });
}

describe('一培双证: a worker enrolls, attends and holds both certificates', () => {
  it('goes from the class list to two verified certificates', async () => {
    const worker = await openOfflinePage(browser, { width: 390, height: 844 }, { latitude: school.lat, longitude: school.lng });
    const h5 = worker.page;
    const tabBar = h5.locator('.weui-tabbar');

    // The worker signs in and finds the dual-certificate electrician class.
    await h5.goto(inject('h5Url'));
    await tabBar.getByText('我的', { exact: true }).click();
    await h5.locator('.primary-button').click();
    await h5.getByText('测试骑手，您好').waitFor();
    await tabBar.getByText('课程', { exact: true }).click();
    await h5.getByTestId('course-card').filter({ hasText: '叉车司机培训班（e2e）' }).waitFor();
    await h5.getByTestId('trade-chips').getByText('电工', { exact: true }).click();
    await h5.getByTestId('course-card').filter({ hasText: '叉车司机培训班（e2e）' }).waitFor({ state: 'detached' });
    await h5.getByText('只看“一培双证”').click();
    await h5.getByText('近期开课').click();
    await h5.getByTestId('course-card').filter({ hasText: title }).click();

    const detail = h5.getByTestId('course-detail');
    const certificates = await detail.getByTestId('course-certificates').innerText();
    expect(certificates).toContain('电工职业技能等级证书（五级）');
    expect(certificates).toContain('低压电工特种作业操作证');
    await detail.getByTestId('attendance-rule').filter({ hasText: '出勤达到 80% 方可结业' }).waitFor();
    await detail.getByTestId('course-site-map').locator('.leaflet-container').waitFor();

    await detail.locator('.primary-button', { hasText: '报名' }).click();
    const inputs = detail.locator('input.form-field__input');
    await inputs.nth(0).fill(trainee.realName);
    await inputs.nth(1).fill(trainee.phone);
    await inputs.nth(2).fill(trainee.idNumber);
    await detail.locator('.course-form__groups .chip', { hasText: '新就业形态劳动者' }).click();
    await detail.getByTestId('consent').click();
    await detail.locator('.primary-button', { hasText: '提交报名' }).click();
    await detail.getByTestId('enroll-message').filter({ hasText: '报名成功，请等待审核' }).waitFor();

    // The provider approves in the admin.
    const staff = await openOfflinePage(browser);
    let table = await adminAsProvider(staff.page);
    const row = () => table.locator('tr', { hasText: '王建军' });
    await row().waitFor();
    expect(await row().innerText()).toContain('1101**********002X');
    await row().getByRole('button', { name: '通过' }).click();
    await row().filter({ hasText: '已通过' }).waitFor();

    // The worker checks in at the school.
    await h5.goto(inject('h5Url'));
    await tabBar.getByText('我的', { exact: true }).click();
    const classes = h5.getByTestId('my-classes');
    await classes.getByText(title).waitFor();
    // 测试骑手 holds other classes too (the jobs tests certify them): this class's row.
    const myClass = classes.locator('.me__class', { hasText: title });
    await myClass
      .getByTestId('next-session')
      .filter({ hasText: /^下次课：\d+月\d+日 周. \d\d:\d\d–\d\d:\d\d$/ })
      .waitFor();
    await myClass.locator('.primary-button', { hasText: '课堂签到' }).click();
    await h5.getByTestId('me-message').filter({ hasText: '签到成功' }).waitFor();
    await myClass.getByText('出勤 1/1 次课', { exact: false }).waitFor();

    // The attendance sheet shows the check-in under today's session.
    await staff.page.goto(`${inject('adminUrl')}/#/`);
    table = await openReview(staff.page);
    await row().getByTestId('attendance-0').filter({ hasText: '✓' }).waitFor();
    await staff.page.keyboard.press('Escape');

    // In the class that ended, the provider records completion, results and both certificates.
    table = await openReview(staff.page, endedTitle);
    await row().getByTestId('attendance').filter({ hasText: '✓ 2/2' }).waitFor();
    const before = await midongFigures();
    await row().getByRole('button', { name: '结业' }).click();
    await row().filter({ hasText: '已结业' }).waitFor();
    for (const [index, no] of [
      ['0', 'S650109E2E0001'],
      ['1', 'T650109E2E0001'],
    ] as const) {
      await row().getByRole('button', { name: '录入成绩' }).first().click();
      await answerPrompt(staff.page, index === '0' ? '88' : '93');
      await row().getByRole('button', { name: '录入证书' }).first().click();
      await answerPrompt(staff.page, no);
      await row().filter({ hasText: no }).waitFor();
    }
    await row().filter({ hasText: '已取证' }).waitFor();

    // The provider's figures count the worker who completed and is certified, one more of each.
    const after = await midongFigures();
    expect([after.trained, after.certified]).toEqual([before.trained + 1, before.certified + 1]);
    await staff.page.keyboard.press('Escape');
    await staff.page.getByRole('menuitem', { name: '培训统计' }).click();
    const figures = staff.page.getByTestId('stats-table').locator('tbody tr', { hasText: '乌鲁木齐市米东区' });
    await figures.waitFor();
    const cells = await figures.locator('td').allInnerTexts();
    expect(cells).toEqual(expect.arrayContaining([String(after.trained), String(after.certified)]));
    expect(cells).toContain(`${((after.certified / after.trained) * 100).toFixed(1)}%`);
    await staff.page.getByTestId('training-chart').locator('canvas').waitFor();
    // The chart saves as a PNG for reports.
    const [image] = await Promise.all([staff.page.waitForEvent('download'), staff.page.getByTestId('export-image').click()]);
    expect(image.suggestedFilename()).toMatch(/^培训统计-按区域-\d{4}-\d{2}-\d{2}\.png$/);
    const png = await readFile(await image.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);

    // An employer verifies a certificate on the public page: holder masked.
    const employer = await openOfflinePage(browser);
    await employer.page.goto(`${inject('adminUrl')}/#/verify?no=T650109E2E0001`);
    const result = employer.page.getByTestId('verify-result');
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toContain('低压电工特种作业操作证');
    expect(text).toContain('王*军');
    expect(text).not.toContain('王建军');
    expect(await employer.page.getByTestId('verify-status').innerText()).toContain('✔ 证书有效');
    expect(text).toMatch(/有效期至\s*\d{4}-\d{2}-\d{2}/);

    // The worker sees both certificates in the wallet.
    await h5.goto(inject('h5Url'));
    await tabBar.getByText('我的', { exact: true }).click();
    // The wallet may hold other electricians' certificates of 测试骑手 (other tests): these two, by number.
    const held = (no: string) => h5.getByTestId('wallet').getByTestId('wallet-certificate').filter({ hasText: no });
    await held('T650109E2E0001').getByText('低压电工特种作业操作证').waitFor();
    await held('S650109E2E0001').getByText('电工职业技能等级证书（五级）').waitFor();
    // The permit says when its review (复审) is due.
    await held('T650109E2E0001').getByTestId('certificate-due').filter({ hasText: '复审：请在' }).waitFor();

    expect([...worker.external, ...staff.external, ...employer.external]).toEqual([]);
  });
});
