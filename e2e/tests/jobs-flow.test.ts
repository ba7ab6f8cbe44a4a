import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { courseBody, duringSession, endedSessions, enrollBody } from '@yilu/api/fixtures/courses';
import { addDays, beijingDate } from '@yilu/shared';
import { signInToAdmin } from '../support/admin-session.js';
import { adminToken, apiCall, apiPost, providerToken, staffToken, workerToken } from '../support/api-client.js';
import { launchBrowser, openOfflinePage } from '../support/browser.js';

// From a job to a hire: an electrician employer in Urumqi Midong posts a job asking 特种作业操作证 and a 五级 skill
// certificate; the h5 development sign-in (测试骑手), who holds both from an electrician class of Midong's school,
// applies; the employer invites and hires them; the school's figures count the hire (上岗).
const employer = { username: 'e2e-dianli', password: 'e2e-dianli-password' };
const provider = { username: 'e2e-jobs-school', password: 'e2e-jobs-school-password' };
const worker = '测试骑手';
const jobTitle = '低压电工（e2e 招聘）';
const applicant = { realName: '王建国', phone: '13987654321', consent: true };
const site = { name: '米东区变电站工地', address: '乌鲁木齐市米东区米东南路 55 号', lng: '87.6543', lat: '43.9642' };

let browser: Browser;
let employerPage: Page;
let external: string[] = [];
let jobId = '';

/** 测试骑手 completes an ended electrician class of the school with both of its certificates. */
async function certifiedElectrician(schoolToken: string) {
  const sessions = endedSessions(1);
  const ended = await apiPost('/courses', schoolToken, courseBody({ title: '低压电工“一培双证”培训班（招聘 e2e）', sessions }));
  expect(ended.status).toBe(201);
  const enrolled = await apiPost(`/courses/${ended.body.id}/enrollments`, await workerToken(worker), enrollBody(81));
  expect(enrolled.status).toBeLessThan(300);
  const id = enrolled.body.id as string;
  expect((await apiCall('PATCH', `/enrollments/${id}`, schoolToken, { action: 'approve' })).status).toBe(200);
  const correction = { at: duringSession(sessions[0]!), reason: '纸质签到表补录' };
  expect((await apiPost(`/enrollments/${id}/check-in-corrections`, schoolToken, correction)).status).toBe(201);
  const steps = [
    { action: 'complete' },
    ...(['skill_level', 'special_operation'] as const).flatMap((certificateType, i) => [
      { action: 'result', certificateType, passed: true, score: 90 },
      { action: 'certify', certificateType, no: `${i ? 'T' : 'S'}650109JOB0001`, issuedAt: beijingDate() },
    ]),
  ];
  for (const step of steps) expect((await apiCall('PATCH', `/enrollments/${id}`, schoolToken, step)).status).toBe(200);
}

beforeAll(async () => {
  browser = await launchBrowser();
  const employerAccount = {
    ...employer,
    displayName: '米东电力招聘专员',
    role: 'employer',
    employerName: '米东电力安装有限公司',
    creditCode: '91650109MA78C1HQ08',
    areaCode: '650109',
  };
  const created = await apiPost('/accounts', await adminToken(), employerAccount);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  // The school of the other electrician tests (provider midong-vtc): whichever of its classes the hire rests on, its figures count it.
  await certifiedElectrician(await providerToken({ ...provider, displayName: '米东区职业技能培训学校', providerId: 'midong-vtc' }));
});
afterAll(() => browser?.close());

/** Picks an option of an element-plus select: its list is drawn at the end of the page. */
async function choose(page: Page, select: Locator, option: string) {
  await select.click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click();
}

/** Confirms the question element-plus asks before a step. */
async function confirmBox(page: Page, says: RegExp) {
  const box = page.locator('.el-message-box');
  await box.filter({ hasText: says }).waitFor();
  await box.getByRole('button', { name: '确定' }).click();
  await box.waitFor({ state: 'hidden' });
}

async function typeDate(input: Locator, value: string) {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

const jobRow = (page: Page) => page.getByTestId('jobs-table').locator('tbody tr', { hasText: jobTitle });

describe('from a job to a hire', () => {
  it('admin: the employer posts an electrician job asking both certificates', async () => {
    const opened = await openOfflinePage(browser, { width: 1440, height: 900 });
    employerPage = opened.page;
    external = opened.external;
    const page = employerPage;
    await signInToAdmin(page, employer);
    await page.getByTestId('current-user').filter({ hasText: '用人单位' }).waitFor();
    // The first page speaks to an employer: its company, and where its work is (no staff counts to load).
    await page.getByText('在左侧菜单“招聘岗位”中发布岗位', { exact: false }).waitFor();
    expect(await page.locator('.el-descriptions').innerText()).toContain('米东电力安装有限公司');
    await page.getByRole('menuitem', { name: '招聘岗位' }).click();
    await page.getByTestId('create-job').click();

    const dialog = page.getByRole('dialog', { name: '发布招聘岗位' });
    await dialog.locator('input[name="jobTitle"]').fill(jobTitle);
    await dialog.locator('input[name="tradeName"]').fill('电工');
    await dialog.locator('input[name="tradeCode"]').fill('6-31-01-03');
    // A new row asks a 五级 skill certificate; the second becomes the permit.
    await dialog.getByTestId('add-requirement').click();
    await dialog.getByTestId('add-requirement').click();
    const rows = dialog.getByTestId('job-requirements').locator('.job-form__row');
    await choose(page, rows.nth(1).locator('.el-select').first(), '特种作业操作证');
    expect(await rows.nth(0).innerText()).toContain('五级/初级工及以上');

    await dialog.locator('input[name="siteName"]').fill(site.name);
    await dialog.locator('input[name="siteAddress"]').fill(site.address);
    await dialog.locator('input[name="lng"]').fill(site.lng);
    await dialog.locator('input[name="lat"]').fill(site.lat);
    await dialog.locator('input[name="payMin"]').fill('5000');
    await dialog.locator('input[name="payMax"]').fill('800');
    await dialog.locator('input[name="headcount"]').fill('2');
    await dialog.locator('.el-checkbox', { hasText: '倒班' }).click();

    // A top pay below the lowest is named next to the field before anything is sent.
    await dialog.getByTestId('publish-job').click();
    await dialog.getByText('最高月薪不能低于最低月薪').waitFor();
    await dialog.locator('input[name="payMax"]').fill('8000');
    await dialog.getByTestId('publish-job').click();
    await dialog.waitFor({ state: 'hidden' });

    const row = jobRow(page);
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('招聘中');
    expect(text).toContain('5000–8000 元/月');
    expect(text).toContain('白班、倒班');
    expect(text).toContain('乌鲁木齐市米东区');
    expect(text).toContain('电工特种作业操作证');
    expect(text).toContain('0/2');

    const managed = await apiCall('GET', '/jobs/managed?status=open', await staffToken(employer));
    jobId = (managed.body.items as { id: string; jobTitle: string }[]).find((j) => j.jobTitle === jobTitle)!.id;
    expect(jobId).toBeTruthy();
  });

  it('h5: the worker holding both electrician certificates finds the job under 工作 and applies with consent', async () => {
    const { page, external: phoneExternal } = await openOfflinePage(
      browser,
      { width: 390, height: 844 },
      { latitude: 43.9642, longitude: 87.6543 },
    );
    await page.goto(`${inject('h5Url')}/#/pages/me/index`);
    const me = page.getByTestId('me-page');
    await me.locator('.primary-button', { hasText: /开发环境登录|微信一键登录/ }).click();
    await me.getByText(`${worker}，您好`).waitFor();
    await page.locator('.weui-tabbar').getByText('工作', { exact: true }).click();
    const card = page.getByTestId('jobs-page').getByTestId('job-card').filter({ hasText: jobTitle });
    expect(await card.getByTestId('job-fit').innerText()).toBe('✔ 符合条件');
    await card.click();
    const detail = page.getByTestId('job-detail');
    await detail.locator('.primary-button', { hasText: /^申请$/ }).click();
    const form = detail.getByTestId('apply-form');
    // The form first fills in the name of the worker's latest class; this worker writes another.
    await expect.poll(() => form.locator('input[name="realName"]').inputValue()).not.toBe('');
    await form.locator('input[name="realName"]').fill(applicant.realName);
    await form.locator('input[name="phone"]').fill(applicant.phone);
    await detail.getByTestId('apply-consent').click();
    await form.locator('.primary-button', { hasText: '提交申请' }).click();
    await detail.getByTestId('my-application').getByText('我的申请：已投递').waitFor();
    expect(phoneExternal).toEqual([]);
  });

  it('admin: the employer sees the applicant, invites and hires them; the school’s figures count the hire', async () => {
    const page = employerPage;
    await page.getByRole('button', { name: '搜索' }).click();
    await jobRow(page).getByTestId('application-counts').filter({ hasText: '已投递 1' }).waitFor();
    await jobRow(page).getByTestId('open-applicants').click();
    await page.locator('.el-drawer__title', { hasText: `求职者 · ${jobTitle}` }).waitFor();
    const card = page.getByTestId('applicants').getByTestId('applicant').filter({ hasText: applicant.realName });
    await card.waitFor();
    expect(await card.innerText()).toContain('电工职业技能等级证书（五级）');
    expect(await card.innerText()).toContain('低压电工特种作业操作证');
    expect(await card.innerText()).toContain('邀请面试后可见');
    expect(await card.getByTestId('applicant-phone').count()).toBe(0);

    // 邀请面试: tomorrow 10:00 at the site, confirmed; the phone shows once invited.
    const tomorrow = addDays(beijingDate(), 1);
    await card.getByRole('button', { name: '邀请面试' }).click();
    const invite = page.getByRole('dialog', { name: `邀请 ${applicant.realName} 面试` });
    await typeDate(invite.locator('input[name="interviewAt"]'), `${tomorrow} 10:00`);
    expect(await invite.locator('input[name="place"]').inputValue()).toBe(site.name);
    await invite.getByTestId('applicant-step-submit').click();
    await confirmBox(page, new RegExp(`于 ${tomorrow} 10:00 到「${site.name}」面试`));
    await card.getByTestId('applicant-state').filter({ hasText: '邀请面试' }).waitFor();
    await card.getByTestId('applicant-phone').filter({ hasText: applicant.phone }).waitFor();
    expect(await card.innerText()).toContain(`${tomorrow} 10:00 · ${site.name}`);

    // 确认入职 with a start date, confirmed.
    const startDate = addDays(beijingDate(), 3);
    await card.getByRole('button', { name: '确认入职' }).click();
    const hire = page.getByRole('dialog', { name: `确认 ${applicant.realName} 入职` });
    await typeDate(hire.locator('input[name="startDate"]'), startDate);
    await hire.getByTestId('applicant-step-submit').click();
    await confirmBox(page, new RegExp(`于 ${startDate} 入职`));
    await card.getByTestId('applicant-state').filter({ hasText: '已入职' }).waitFor();
    expect(await card.getByTestId('applicant-history').innerText()).toMatch(/已投递[\s\S]*邀请面试[\s\S]*已入职/);
    expect(await card.getByRole('button').count()).toBe(0);
    await page.keyboard.press('Escape');
    await jobRow(page).getByTestId('application-counts').filter({ hasText: '已入职 1' }).waitFor();
    expect(await jobRow(page).innerText()).toContain('1/2');

    // The school's figures: the class's certified worker now counts as 上岗.
    const school = await openOfflinePage(browser);
    await signInToAdmin(school.page, provider);
    await school.page.getByRole('menuitem', { name: '培训统计' }).click();
    const figures = school.page.getByTestId('stats-table').locator('tbody tr', { hasText: '乌鲁木齐市米东区' });
    await figures.waitFor();
    const employedColumn = 5;
    await figures.locator('td').nth(employedColumn).filter({ hasText: /^1$/ }).waitFor();

    expect([...external, ...school.external]).toEqual([]);
  });
});
