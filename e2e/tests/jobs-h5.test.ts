import { createRequire } from 'node:module';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { courseBody, duringSession, endedSessions, enrollBody, school } from '@yilu/api/fixtures/courses';
import { creditCodeCheck } from '@yilu/shared';
import { adminToken, apiCall, apiPost, staffToken, workerToken } from '../support/api-client.js';
import { launchBrowser, openOfflinePage } from '../support/browser.js';
import { expectLegible } from '../support/legibility.js';

// An electrician job at Midong, posted by an employer the admin created, and two riders: 测试骑手 (the h5 development
// sign-in) holds both certificates of the electrician class; 求职骑手乙 holds the skill level only, and an electrician
// class that ends in the permit is open nearby.
const jobTitle = '配电房值班电工（求职 e2e）';
const pathwayTitle = '低压电工取证班（求职 e2e）';
/** Where the pathway class meets and the rider without the permit stands: other files' electrician classes meet at the
 * school, so this one is the nearest of those the job page lists. */
const pathwaySite = { lng: school.lng + 0.02, lat: school.lat };
const employer = { username: 'e2e-jobs-employer', password: 'e2e-jobs-employer-password', employerName: '米东区安居物业有限公司' };
const secondRider = '求职骑手乙';
const phone = { width: 390, height: 844 };
let browser: Browser;

/** A worker through the ended class to the certificates of `types`; answers the name the enrollment carries. */
async function certify(courseId: string, session: { date: string; start: string }, nickname: string, n: number, types: string[]) {
  const token = await adminToken();
  const body = enrollBody(n);
  const enrolled = await apiPost(`/courses/${courseId}/enrollments`, await workerToken(nickname), body);
  expect(enrolled.status).toBeLessThan(300);
  const id = enrolled.body.id as string;
  expect((await apiCall('PATCH', `/enrollments/${id}`, token, { action: 'approve' })).status).toBe(200);
  const correction = { at: duringSession(session), reason: '纸质签到表补录' };
  expect((await apiPost(`/enrollments/${id}/check-in-corrections`, token, correction)).status).toBe(201);
  expect((await apiCall('PATCH', `/enrollments/${id}`, token, { action: 'complete' })).status).toBe(200);
  for (const type of types) {
    const result = { action: 'result', certificateType: type, passed: true, score: 90 };
    expect((await apiCall('PATCH', `/enrollments/${id}`, token, result)).status).toBe(200);
    const no = `E2EJOB${n}${type === 'skill_level' ? 'S' : 'T'}`;
    const certified = { action: 'certify', certificateType: type, no, issuedAt: session.date };
    expect((await apiCall('PATCH', `/enrollments/${id}`, token, certified)).status).toBe(200);
  }
  return body.realName;
}

let firstName = '';
beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await adminToken();
  const first17 = '91650109MA7E2EJ0B';
  const account = { ...employer, displayName: employer.employerName, role: 'employer', areaCode: '650109' };
  const created = await apiPost('/accounts', admin, { ...account, creditCode: first17 + creditCodeCheck(first17) });
  expect(created.status).toBe(201);

  const sessions = endedSessions(1);
  const ended = await apiPost('/courses', admin, courseBody({ title: '低压电工班（已结课 求职 e2e）', sessions }));
  expect(ended.status).toBe(201);
  firstName = await certify(ended.body.id, sessions[0]!, '测试骑手', 91, ['skill_level', 'special_operation']);
  await certify(ended.body.id, sessions[0]!, secondRider, 92, ['skill_level']);
  expect(
    (
      await apiPost(
        '/courses',
        admin,
        courseBody({
          title: pathwayTitle,
          sites: [{ name: '米东南路培训点', address: '乌鲁木齐市米东区米东南路 120 号', location: pathwaySite }],
        }),
      )
    ).status,
  ).toBe(201);

  const job = await apiPost('/jobs', await staffToken(employer), {
    jobTitle,
    trade: { name: '电工', code: '6-31-01-03' },
    requirements: [{ type: 'special_operation' }, { type: 'skill_level', level: 5 }],
    site: { name: '安居小区物业中心', address: '乌鲁木齐市米东区米东南路 80 号', location: { lng: school.lng + 0.01, lat: school.lat } },
    crs: 'wgs84',
    payFen: { min: 500_000, max: 700_000 },
    shifts: ['day', 'rotating'],
    headcount: 2,
    deadline: '2099-12-31',
    description: '负责小区配电房日常巡检和设备维护，持证上岗。',
    status: 'open',
  });
  expect(job.status).toBe(201);
});
afterAll(() => browser?.close());

const axePath = createRequire(import.meta.url).resolve('axe-core');

/** axe-core's serious and critical violations on the page as it stands (as tests/a11y.test.ts checks the other pages). */
async function expectNoSeriousAxeViolation(page: Page) {
  await page.waitForTimeout(600);
  await page.addScriptTag({ path: axePath });
  const serious = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { html: string }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<Result> } }).axe;
    const { violations } = await axe.run({ exclude: [['.leaflet-pane'], ['.leaflet-control-attribution']] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html.slice(0, 120)}`));
  });
  expect(serious).toEqual([]);
}

async function openJobsTab(page: Page) {
  await page.locator('.weui-tabbar').getByText('工作', { exact: true }).click();
  const list = page.getByTestId('jobs-page');
  const card = list.getByTestId('job-card').filter({ hasText: jobTitle });
  await card.waitFor();
  return { list, card };
}

const stateOf = (page: Page, title: string): Locator =>
  page.getByTestId('my-applications').getByTestId('application').filter({ hasText: title }).getByTestId('application-state');

describe('h5: a rider finds work they qualify for', () => {
  it('sees 符合条件 on the electrician job, applies with consent, and finds 已投递 in 我的求职', async () => {
    const { page, external } = await openOfflinePage(browser, phone, { latitude: school.lat, longitude: school.lng });
    await page.goto(`${inject('h5Url')}/#/pages/me/index`);
    const me = page.getByTestId('me-page');
    await me.locator('.primary-button', { hasText: /开发环境登录|微信一键登录/ }).click();
    await me.getByText('测试骑手，您好').waitFor();

    const { list, card } = await openJobsTab(page);
    expect(await card.getByTestId('job-fit').innerText()).toBe('✔ 符合条件');
    expect(await card.innerText()).toContain('5,000–7,000 元/月');
    expect(await card.innerText()).toContain('白班、倒班');
    await list.getByTestId('qualified-switch').locator('.weui-switch').click();
    await card.waitFor();
    await expectLegible(page);
    await expectNoSeriousAxeViolation(page);

    await card.click();
    const detail = page.getByTestId('job-detail');
    await detail.getByText('负责小区配电房日常巡检').waitFor();
    expect(await detail.getByTestId('job-fit').innerText()).toBe('✔ 符合条件');
    await expectLegible(page);
    await detail.locator('.primary-button', { hasText: /^申请$/ }).click();
    const form = detail.getByTestId('apply-form');
    // The name of the rider's latest class, as they gave it there.
    await expect.poll(() => form.locator('input[name="realName"]').inputValue()).toBe(firstName);
    expect(await detail.getByTestId('apply-consent').innerText()).toContain('手机号只在对方邀请我面试后才给对方看');
    await form.locator('input[name="phone"]').fill('2390000');
    await form.locator('.primary-button', { hasText: '提交申请' }).click();
    await form.getByText('手机号须为 1 开头的 11 位数字').waitFor();
    await form.getByText('请阅读并同意个人信息使用说明').waitFor();
    await expectLegible(page);
    await expectNoSeriousAxeViolation(page);
    await form.locator('input[name="phone"]').fill('13900000091');
    await detail.getByTestId('apply-consent').click();
    await form.locator('.primary-button', { hasText: '提交申请' }).click();
    await detail.getByTestId('my-application').getByText('我的申请：已投递').waitFor();

    await detail.getByText('去“我的求职”查看').click();
    await expect.poll(() => stateOf(page, jobTitle).innerText()).toBe('已投递');
    await expectLegible(page);
    await expectNoSeriousAxeViolation(page);
    expect(external).toEqual([]);
  });

  it('shows a rider without the permit 缺少 and the class nearby that ends in it, a tap away', async () => {
    const { page, context } = await openOfflinePage(browser, phone, { latitude: pathwaySite.lat, longitude: pathwaySite.lng });
    const login = await fetch(`${inject('apiOrigin')}/api/v1/auth/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nickname: secondRider }),
    });
    // Signed in as Taro keeps it on h5 (the development sign-in button is always 测试骑手).
    const session = await login.json();
    await context.addInitScript((pair) => {
      localStorage.setItem('yilu.session', JSON.stringify({ data: pair }));
      // This rider reads in 大字模式 (我的 → 大字模式, kept on the phone).
      localStorage.setItem('yilu.largeText', JSON.stringify({ data: true }));
    }, session);
    await page.goto(inject('h5Url'));

    const { list, card } = await openJobsTab(page);
    expect(await card.getByTestId('job-fit').innerText()).toBe('缺少：电工特种作业操作证');
    await list.getByTestId('qualified-switch').locator('.weui-switch').click();
    await card.waitFor({ state: 'detached' });
    await list.getByTestId('qualified-switch').locator('.weui-switch').click();
    await card.click();

    const detail = page.getByTestId('job-detail');
    await detail.waitFor();
    expect(await detail.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(20);
    const missing = detail.getByTestId('job-missing');
    await missing.getByText('结业能拿到「电工特种作业操作证」的课程').waitFor();
    expect(await detail.getByTestId('job-fit').innerText()).toBe('缺少：电工特种作业操作证');
    const waiting = detail.locator('.primary-button', { hasText: '取得缺少的证书后可申请' });
    expect(await waiting.getAttribute('aria-disabled')).toBe('true');
    expect(await waiting.getAttribute('tabindex')).toBe('-1');
    await expectLegible(page);
    await expectNoSeriousAxeViolation(page);
    await missing.getByTestId('pathway-class').filter({ hasText: pathwayTitle }).click();
    await page.getByTestId('course-detail').getByText(pathwayTitle).first().waitFor();
  });
});
