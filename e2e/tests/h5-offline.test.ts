import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { courseBody, duringSession, endedSessions, enrollBody, school } from '@yilu/api/fixtures/courses';
import { beijingDate } from '@yilu/shared';
import { adminToken, apiCall, apiPost, workerToken } from '../support/api-client.js';
import { launchBrowser, openOfflinePage } from '../support/browser.js';

// A rider at Midong's training school: a rest station next door, a class with a session running now, and a permit
// from a class that ended. The h5 development sign-in is 测试骑手.
const station = '米东离线测试驿站';
const title = '电动车维修班（离线 e2e）';
const endedTitle = '电动车维修班（已结课 离线 e2e）';
const permitNo = 'T650109OFF0001';
let browser: Browser;
let enrollmentId = '';

async function enrolledAndApproved(token: string, courseId: string, n: number) {
  const enrolled = await apiPost(`/courses/${courseId}/enrollments`, await workerToken('测试骑手'), enrollBody(n));
  expect(enrolled.status).toBeLessThan(300);
  expect((await apiCall('PATCH', `/enrollments/${enrolled.body.id}`, token, { action: 'approve' })).status).toBe(200);
  return enrolled.body.id as string;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const token = await adminToken();
  const point = await apiPost('/points', token, {
    name: station,
    kind: 'rest_station',
    address: '乌鲁木齐市米东区米东南路 57 号',
    areaCode: '650109',
    location: { lng: school.lng + 0.001, lat: school.lat },
    amenities: ['toilet', 'seats'],
    hours: { timezone: 'Asia/Shanghai', alwaysOpen: true, weekly: [], exceptions: [] },
  });
  expect(point.status).toBe(201);

  const running = await apiPost('/courses', token, courseBody({ title, trade: { name: '电动车维修工' } }));
  expect(running.status).toBe(201);
  enrollmentId = await enrolledAndApproved(token, running.body.id, 61);

  const sessions = endedSessions(1);
  const ended = await apiPost('/courses', token, courseBody({ title: endedTitle, trade: { name: '电动车维修工' }, sessions }));
  expect(ended.status).toBe(201);
  const past = await enrolledAndApproved(token, ended.body.id, 62);
  const steps = [
    { at: duringSession(sessions[0]!), reason: '纸质签到表补录' },
    { action: 'complete' },
    { action: 'result', certificateType: 'special_operation', passed: true, score: 90 },
    { action: 'certify', certificateType: 'special_operation', no: permitNo, issuedAt: beijingDate() },
  ];
  expect((await apiPost(`/enrollments/${past}/check-in-corrections`, token, steps[0])).status).toBe(201);
  for (const step of steps.slice(1)) expect((await apiCall('PATCH', `/enrollments/${past}`, token, step)).status).toBe(200);
});
afterAll(() => browser?.close());

const checkInsOf = async (id: string) => {
  const mine = await apiCall('GET', '/me/enrollments', await workerToken('测试骑手'));
  return (mine.body.items as { id: string; checkIns: { source: string }[] }[]).find((e) => e.id === id)!.checkIns;
};

describe('h5 without signal', () => {
  it('opens the shell, a point and the wallet from what was saved, and sends an offline check-in once when back online', async () => {
    const { page, context, external } = await openOfflinePage(
      browser,
      { width: 390, height: 844 },
      { latitude: school.lat, longitude: school.lng },
    );
    const tabBar = page.locator('.weui-tabbar');
    const list = page.getByTestId('point-list');
    // Taro keeps pages it has left in the document, hidden: the banner of the page on screen.
    const banner = page.getByTestId('offline-banner').filter({ visible: true });

    // Online once: the map, the point, and the worker's classes and wallet.
    await page.goto(inject('h5Url'));
    await list.getByText(station).waitFor();
    await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready) && navigator.serviceWorker.controller));
    await list.locator('.point-row', { hasText: station }).click();
    await page.getByTestId('point-detail').getByText(station).waitFor();
    await page.goBack();
    await tabBar.getByText('我的', { exact: true }).click();
    await page
      .getByTestId('me-page')
      .locator('.primary-button', { hasText: /开发环境登录|微信一键登录/ })
      .click();
    await page.getByTestId('wallet').getByText(permitNo).waitFor();
    await page.getByTestId('my-classes').getByText(title).waitFor();

    // No signal, and a reload: the shell comes from the service worker, the list from the phone.
    await context.setOffline(true);
    await page.goto(inject('h5Url'));
    await page.reload();
    await list.getByText(station).waitFor();
    expect(await banner.innerText()).toMatch(/^离线 · 保存于 \d\d:\d\d$/);
    // The chips filter the saved list on the phone.
    await page.locator('.chip', { hasText: '热水' }).click();
    await list.getByText(station).waitFor({ state: 'detached' });
    await page.locator('.chip', { hasText: '热水' }).click();
    await list.locator('.point-row', { hasText: station }).click();
    const detail = page.getByTestId('point-detail');
    await detail.getByText(station).waitFor();
    await detail
      .getByTestId('offline-banner')
      .filter({ hasText: /^离线 · 保存于/ })
      .waitFor();
    await page.goBack();

    await tabBar.getByText('我的', { exact: true }).click();
    await page
      .getByTestId('me-page')
      .getByTestId('offline-banner')
      .filter({ hasText: /^离线 · 保存于/ })
      .waitFor();
    const certificate = page.getByTestId('wallet-certificate').filter({ hasText: permitNo });
    await certificate.waitFor();
    expect(await certificate.locator('img').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);

    // Checking in without signal keeps it; the network coming back sends it, with no reload, once.
    await page.evaluate(() => Object.assign(window, { stillThisPage: true }));
    const myClass = page.getByTestId('my-classes').locator('.me__class', { hasText: title });
    await myClass.locator('.primary-button', { hasText: '课堂签到' }).click();
    await page.getByTestId('me-message').filter({ hasText: '已保存，联网后自动提交' }).waitFor();
    expect(await checkInsOf(enrollmentId)).toEqual([]);
    await context.setOffline(false);
    await page.getByTestId('me-message').filter({ hasText: '已自动提交' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
    await myClass.getByText('出勤 1/1 次课', { exact: false }).waitFor();
    await page.waitForTimeout(1_000);
    expect((await checkInsOf(enrollmentId)).map((c) => c.source)).toEqual(['offline']);

    expect(external).toEqual([]);
  });
});
