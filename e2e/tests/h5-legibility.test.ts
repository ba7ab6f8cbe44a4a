import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { courseBody, school } from '@yilu/api/fixtures/courses';
import { adminToken, apiPost, providerToken } from '../support/api-client.js';
import { launchBrowser, openOfflinePage } from '../support/browser.js';
import { expectLegible } from '../support/legibility.js';

// Riders read the app in a phone holder, in sun glare, with gloves: nothing under 14 px, body text 16 px,
// every control at least 44 × 44 px, zoom allowed, and a 大字模式 that stays on.
const title = '叉车司机培训班（大字 e2e）';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  const site = await apiPost('/points', await adminToken(), {
    name: '大字培训学校',
    kind: 'training_site',
    address: '乌鲁木齐市米东区米东南路 57 号',
    areaCode: '650109',
    location: school,
    hours: { timezone: 'Asia/Shanghai', alwaysOpen: true, weekly: [], exceptions: [] },
  });
  expect(site.status).toBe(201);
  const token = await providerToken({
    username: 'e2e-legibility-school',
    password: 'e2e-legibility-password',
    displayName: '米东区职业技能培训学校',
    providerId: 'midong-vtc',
  });
  const sites = [{ name: '大字培训学校', address: '乌鲁木齐市米东区米东南路 57 号', location: school, pointId: site.body.id }];
  expect((await apiPost('/courses', token, courseBody({ title, sites }))).status).toBe(201);
});
afterAll(() => browser?.close());

describe('h5: legible and usable with gloves', () => {
  it('allows pinch-zoom', async () => {
    const { page } = await openOfflinePage(browser, { width: 390, height: 844 });
    await page.goto(inject('h5Url'));
    const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale/);
  });

  it('keeps text at 14 px or more and targets at 44 × 44 px on every page, with titles, a back button and tab icons', async () => {
    const { page, external } = await openOfflinePage(browser, { width: 390, height: 844 }, { latitude: school.lat, longitude: school.lng });
    const tabBar = page.locator('.weui-tabbar');
    await page.goto(inject('h5Url'));
    await page.locator('.point-row').first().waitFor();
    await expectLegible(page);
    expect(await tabBar.locator('img').count()).toBe(4);
    for (const icon of await tabBar.locator('img').all()) {
      expect(await icon.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(81);
    }

    await page.locator('.point-row', { hasText: '大字培训学校' }).first().click();
    await page.getByTestId('point-detail').waitFor();
    await expectLegible(page);
    await page.getByTestId('point-detail').getByRole('button', { name: '返回' }).click();

    await tabBar.getByText('课程', { exact: true }).click();
    await page.getByTestId('course-card').filter({ hasText: title }).waitFor();
    await expectLegible(page);
    await page.getByTestId('course-card').filter({ hasText: title }).click();
    const detail = page.getByTestId('course-detail');
    await detail.waitFor();
    await expect(detail.getByRole('heading', { name: '课程详情' }).isVisible()).resolves.toBe(true);
    await expectLegible(page);
    await detail.locator('.primary-button', { hasText: '报名' }).click();
    // The consent is a real checkbox in a full-width row, not a "☐" character.
    await detail.getByTestId('consent').locator('taro-checkbox-core').waitFor();
    await expectLegible(page);
    await detail.getByRole('button', { name: '返回' }).click();

    await tabBar.getByText('我的', { exact: true }).click();
    await page.getByTestId('me-page').locator('.primary-button').click();
    await page.getByTestId('my-classes').waitFor();
    await expectLegible(page);
    expect(external).toEqual([]);
  });

  it('names Beijing time on the class page to a Xinjiang phone, and not to a Beijing one', async () => {
    for (const [zone, note] of [
      ['Asia/Urumqi', '（北京时间）'],
      ['Asia/Shanghai', ''],
    ]) {
      const { page } = await openOfflinePage(browser, { width: 390, height: 844 }, undefined, zone);
      await page.goto(`${inject('h5Url')}/#/pages/courses/index`);
      await page.getByTestId('course-card').filter({ hasText: title }).click();
      const detail = page.getByTestId('course-detail');
      await detail.waitFor();
      expect(await detail.getByTestId('schedule-zone').innerText()).toBe(note);
      expect(await detail.getByTestId('enroll-deadline').innerText()).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d${note}$`));
      await page.context().close();
    }
  });

  it('turns 大字模式 on in 我的: text 1.25× larger, still on after a reload', async () => {
    const { page } = await openOfflinePage(browser, { width: 390, height: 844 });
    await page.goto(`${inject('h5Url')}/#/pages/me/index`);
    const me = page.locator('.page').filter({ has: page.getByTestId('large-text-switch') });
    await me.waitFor();
    const before = await me.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

    await page.getByTestId('large-text-switch').locator('.weui-switch').click();
    await page.reload();
    await me.waitFor();
    const after = await me.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(after / before).toBeGreaterThanOrEqual(1.25);
    expect(await page.getByTestId('large-text-switch').locator('input').isChecked()).toBe(true);
    await expectLegible(page);
  });
});
