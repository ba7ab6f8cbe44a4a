import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openOfflinePage } from '../support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('h5: a rider opens the app', () => {
  it('sees the tab bar and moves between 地图, 课程, 工作 and 我的', async () => {
    const { page, external } = await openOfflinePage(browser, { width: 390, height: 844 });
    await page.goto(inject('h5Url'));

    const tabBar = page.locator('.weui-tabbar');
    await tabBar.waitFor();
    for (const label of ['地图', '课程', '工作', '我的']) await tabBar.getByText(label, { exact: true }).waitFor();
    await page.getByText('正在营业').waitFor();

    await tabBar.getByText('课程', { exact: true }).click();
    await page.getByText('只看“一培双证”').waitFor();

    await tabBar.getByText('工作', { exact: true }).click();
    await page.getByTestId('jobs-page').getByText('月薪不限').waitFor();

    await tabBar.getByText('我的', { exact: true }).click();
    await page.getByText('登录后可报名课程、课堂签到、查看证书').waitFor();

    expect(external).toEqual([]);
  });
});
