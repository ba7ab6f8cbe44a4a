import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInToAdmin } from '../support/admin-session.js';
import { adminToken, apiCall, apiPost, workerToken } from '../support/api-client.js';
import { launchBrowser, openOfflinePage } from '../support/browser.js';

// A rider at the Gucheng community rest station in Urumqi Midong writes that the building numbers cannot be read
// (as a rider in Zepu did); the community's staff accept it and answer it in the admin; the rider reads the answer.
const gucheng = { lng: 87.6891, lat: 43.9588 };
const staffer = { username: 'e2e-gucheng', password: 'e2e-gucheng-password' };
const wishText = '古城社区的楼栋号看不清，晚上送餐总找不到楼（e2e）';
const reply = '已在 12 栋楼安装夜光楼栋号牌，感谢反馈';

let browser: Browser;
let pointId: string;
beforeAll(async () => {
  browser = await launchBrowser();
  const token = await adminToken();
  const account = await apiPost('/accounts', token, {
    ...staffer,
    displayName: '古城社区工作站',
    role: 'community_staff',
    areaCode: '650109001001',
  });
  expect(account.status).toBe(201);
  const point = await apiPost('/points', token, {
    name: '古城社区劳动者驿站（e2e）',
    kind: 'rest_station',
    address: '乌鲁木齐市米东区古城社区',
    areaCode: '650109001001',
    location: gucheng,
    hours: { timezone: 'Asia/Shanghai', alwaysOpen: true, weekly: [], exceptions: [] },
  });
  expect(point.status).toBe(201);
  pointId = point.body.id;
});
afterAll(() => browser?.close());

describe('心愿栏: a rider posts a wish on h5, the community staff answer it in the admin, the rider reads the answer', () => {
  it('goes from the point page to a done wish with the staff reply on its timeline', async () => {
    const rider = await openOfflinePage(browser, { width: 390, height: 844 }, { latitude: gucheng.lat, longitude: gucheng.lng });
    const h5 = rider.page;
    await h5.goto(inject('h5Url'));
    await h5.locator('.weui-tabbar').getByText('我的', { exact: true }).click();
    await h5.getByTestId('me-page').locator('.primary-button').click();
    await h5.getByText('测试骑手，您好').waitFor();

    // From the point's page: 提个心愿, at that point.
    await h5.goto(`${inject('h5Url')}/#/pages/point/index?id=${pointId}`);
    await h5.getByText('这里不方便？提个心愿').click();
    const form = h5.getByTestId('wish-post');
    await form.getByText('📍 古城社区劳动者驿站（e2e）').waitFor();
    await form.locator('.primary-button', { hasText: '提交心愿' }).click();
    await form.getByText('请选择类别').waitFor();
    await form.getByTestId('wish-categories').getByText('楼栋标识', { exact: true }).click();
    await form.locator('textarea').fill(wishText);
    expect(await form.locator('.wish-counter').innerText()).toBe(`${[...wishText].length}/500`);
    await h5.screenshot({ path: '.reports/wish-post-h5.png', fullPage: true });
    await form.locator('.primary-button', { hasText: '提交心愿' }).click();

    const detail = h5.getByTestId('wish-detail');
    await detail.getByText(wishText).waitFor();
    expect(await detail.innerText()).toContain('已提交');
    const wishUrl = h5.url();

    // The community staffer accepts the wish, then finishes it with a reply.
    const staff = await openOfflinePage(browser, { width: 1440, height: 900 });
    await signInToAdmin(staff.page, staffer);
    await staff.page.getByRole('menuitem', { name: '心愿栏' }).click();
    const row = staff.page.getByTestId('wishes-table').locator('tr', { hasText: wishText });
    await row.getByRole('button', { name: '受理' }).click();
    await staff.page.getByTestId('wish-step-submit').click();
    await row.filter({ hasText: '已受理' }).waitFor();
    await staff.page.getByTestId('wish-step-form').waitFor({ state: 'hidden' });
    await staff.page.screenshot({ path: '.reports/wish-queue-admin.png', fullPage: true });
    await row.getByRole('button', { name: '办结' }).click();
    await staff.page.getByTestId('wish-step-form').locator('textarea').fill(reply);
    await staff.page.waitForTimeout(400); // the dialog's fade-in, for the screenshot only
    await staff.page.screenshot({ path: '.reports/wish-done-dialog-admin.png' });
    await staff.page.getByTestId('wish-step-submit').click();
    // Done, it leaves the queue of open wishes and is found among the done ones.
    await row.waitFor({ state: 'detached' });
    await staff.page.getByTestId('wish-status-filter').click();
    await staff.page.locator('.el-select-dropdown__item', { hasText: /^已办结$/ }).click();
    await row.filter({ hasText: '已办结' }).filter({ hasText: reply }).waitFor();
    await row.getByText(wishText).click();
    const drawer = staff.page.getByTestId('wish-detail');
    await drawer.getByText(reply).waitFor();
    expect(await drawer.innerText()).toMatch(/提出心愿[\s\S]*已受理[\s\S]*已办结/);
    await staff.page.waitForTimeout(400); // the drawer's slide-in, for the screenshot only
    await staff.page.screenshot({ path: '.reports/wish-detail-admin.png' });

    // The rider opens the wish again: the reply, the timeline, and the question whether it is solved.
    await h5.goto(wishUrl);
    await h5.reload();
    await detail.getByTestId('wish-reply').filter({ hasText: reply }).waitFor();
    const timeline = await h5.getByTestId('wish-timeline').innerText();
    for (const step of ['提出心愿', '已受理', '已办结', '古城社区工作站']) expect(timeline).toContain(step);
    await h5.getByTestId('author-actions').getByText('已解决，确认办结').waitFor();
    await h5.screenshot({ path: '.reports/wish-detail-h5.png', fullPage: true });

    // 我的 → 消息: each staff step on the wish is a message saying its new state, newest first.
    await h5.goto(`${inject('h5Url')}/#/pages/me/index`);
    const entry = h5.getByTestId('me-inbox').getByText(/^消息（\d+ 条未读）$/);
    await entry.click();
    const messages = h5.getByTestId('inbox-page').getByTestId('inbox-item');
    const done = messages.filter({ hasText: '心愿已办结' });
    await done.waitFor();
    const doneText = await done.innerText();
    expect(doneText).toContain('古城社区的楼栋号看不清');
    expect(doneText).toContain('：已办结');
    expect(await messages.filter({ hasText: '心愿已受理' }).innerText()).toContain('：已受理');
    await h5.waitForTimeout(400); // the page's slide-in, for the screenshot only
    await h5.screenshot({ path: '.reports/wish-inbox-h5.png', fullPage: true });

    // 我的 → 我的反馈 lists it, done, waiting for the rider's confirmation.
    await h5.goto(`${inject('h5Url')}/#/wishes/feedback/index`);
    const mine = h5.getByTestId('my-feedback').getByTestId('wish-card').filter({ hasText: wishText });
    await mine.filter({ hasText: '待您确认' }).waitFor();
    expect(await mine.innerText()).toContain(reply);
    await h5.screenshot({ path: '.reports/wish-feedback-h5.png', fullPage: true });

    // The board of the rider's district shows it.
    await h5.goto(`${inject('h5Url')}/#/wishes/board/index`);
    await h5.getByTestId('board-title').filter({ hasText: '乌鲁木齐市米东区的心愿' }).waitFor();
    await h5.getByTestId('wish-list').getByText(wishText).waitFor();
    await h5.screenshot({ path: '.reports/wish-board-h5.png', fullPage: true });

    expect(rider.external).toEqual([]);
    expect(staff.external).toEqual([]);
  });
});

describe('点位反馈 comes back: staff resolve a report and correct its point in one step', () => {
  it('saves the point as verified, resolves the report, and the rider reads the reply in 我的反馈', async () => {
    // The h5 development sign-in is this worker.
    const report = await apiPost(`/points/${pointId}/reports`, await workerToken('测试骑手'), {
      reason: 'hours_wrong',
      note: '晚上十点就关门了',
    });
    expect(report.status).toBe(201);

    const staff = await openOfflinePage(browser, { width: 1440, height: 900 });
    await signInToAdmin(staff.page, staffer);
    await staff.page.getByRole('menuitem', { name: '点位反馈' }).click();
    const row = staff.page.getByTestId('reports-table').locator('tr', { hasText: '晚上十点就关门了' });
    await row.getByRole('button', { name: '处理并更正点位' }).click();
    const prompt = staff.page.locator('.el-message-box');
    expect(await prompt.locator('input').inputValue()).toBe('已根据您的反馈更正点位信息，感谢反馈');
    await prompt.locator('input').fill('已更正营业时间：每天 08:00–22:00');
    await prompt.getByRole('button', { name: '确定' }).click();
    const form = staff.page.getByRole('dialog', { name: '编辑点位' });
    await form.getByText('保存后该点位标记为已现场核实').waitFor();
    await form.locator('input[name="hours"]').fill('每天 08:00-22:00');
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'hidden' });
    await row.waitFor({ state: 'detached' });

    const point = await apiCall('GET', `/points/${pointId}`, await adminToken());
    expect(point.body.verifiedAt).toEqual(expect.any(String));
    expect(point.body.hours.alwaysOpen).toBe(false);

    const rider = await openOfflinePage(browser, { width: 390, height: 844 }, { latitude: gucheng.lat, longitude: gucheng.lng });
    await rider.page.goto(inject('h5Url'));
    await rider.page.locator('.weui-tabbar').getByText('我的', { exact: true }).click();
    await rider.page.getByTestId('me-page').locator('.primary-button').click();
    await rider.page.getByText('测试骑手，您好').waitFor();
    await rider.page.getByText('我的反馈').click();
    const card = rider.page.getByTestId('report-card').filter({ hasText: '古城社区劳动者驿站（e2e）' });
    await card.filter({ hasText: '已处理' }).filter({ hasText: '已更正营业时间：每天 08:00–22:00' }).waitFor();
    expect(staff.external).toEqual([]);
    expect(rider.external).toEqual([]);
  });
});
