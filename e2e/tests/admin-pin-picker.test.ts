import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInToAdmin } from '../support/admin-session.js';
import { adminToken, apiPost } from '../support/api-client.js';
import { launchBrowser, openOfflinePage } from '../support/browser.js';

const midong = { username: 'e2e-midong', password: 'e2e-midong-password' };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  const created = await apiPost('/accounts', await adminToken(), {
    ...midong,
    displayName: '米东区人社局',
    role: 'district_staff',
    areaCode: '650109',
  });
  if (created.status !== 201) throw new Error(`account: ${JSON.stringify(created.body)}`);
});
afterAll(() => browser?.close());

async function openPointForm(page: Page) {
  await signInToAdmin(page, midong);
  await page.getByRole('menuitem', { name: '服务点位' }).click();
  await page.getByRole('button', { name: '新建点位' }).click();
  const dialog = page.getByRole('dialog', { name: '新建点位' });
  await dialog.locator('input[name="name"]').fill('米东区古城社区暖心驿站');
  await dialog.locator('input[name="address"]').fill('乌鲁木齐市米东区古城路 8 号');
  return dialog;
}

describe('admin: the pin picker of a 米东区 staffer', () => {
  it('opens on 米东区 with the district outlines drawn, places the point there and saves it', async () => {
    const { page, external } = await openOfflinePage(browser, { width: 1440, height: 900 });
    const dialog = await openPointForm(page);
    expect(await dialog.locator('input[name="areaCode"]').inputValue()).toBe('650109');

    // No tiles are configured: the base layer is the districts of the view, named, with 米东区's own outline.
    const map = dialog.getByTestId('pin-picker-map');
    await expect.poll(() => map.getAttribute('data-districts')).toContain('米东区');
    expect(await map.getAttribute('data-districts')).toContain('天山区');
    await dialog.getByTestId('pin-picker-area').filter({ hasText: '地图已定位到乌鲁木齐市米东区' }).waitFor();
    await map.locator('.district-label span', { hasText: '米东区' }).waitFor();
    await page.screenshot({ path: '.reports/pin-picker-midong.png' });

    // The map opened on the district: its middle is inside it.
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(async () => Number(await dialog.locator('input[name="lng"]').inputValue())).toBeGreaterThan(87);
    const lng = Number(await dialog.locator('input[name="lng"]').inputValue());
    const lat = Number(await dialog.locator('input[name="lat"]').inputValue());
    expect(lng).toBeLessThan(88.5);
    expect(lat).toBeGreaterThan(43.5);

    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('points-table').locator('tr', { hasText: '米东区古城社区暖心驿站' }).waitFor();
    const near = await fetch(`${inject('apiOrigin')}/api/v1/points?near=${lng},${lat}&radius=50`);
    expect(((await near.json()) as { items: { name: string }[] }).items[0]?.name).toBe('米东区古城社区暖心驿站');
    expect(external).toEqual([]);
  });

  it('refuses a point typed in Kashgar under 米东区, with the message next to the location', async () => {
    const { page, external } = await openOfflinePage(browser, { width: 1440, height: 900 });
    const dialog = await openPointForm(page);
    await dialog.locator('input[name="lng"]').fill('75.9897');
    await dialog.locator('input[name="lat"]').fill('39.4704');
    await dialog.getByRole('button', { name: '保存' }).click();

    const locationItem = dialog.locator('.el-form-item', { has: page.getByTestId('pin-picker-map') });
    await locationItem.locator('.el-form-item__error').filter({ hasText: '位置不在所选行政区（乌鲁木齐市米东区）内' }).waitFor();
    expect(await locationItem.locator('.el-form-item__error').innerText()).toMatch(/允许误差 500 米/);
    const areaItem = dialog.locator('.el-form-item', { has: page.locator('input[name="areaCode"]') });
    expect(await areaItem.locator('.el-form-item__error').innerText()).toContain('与位置不符：该位置在喀什地区喀什市（653101）');
    // The pin went where the numbers say, and the base layer with it: the staffer sees it is in Kashgar.
    // The outlines of the new view load from the API after the pan: on a busy machine that takes seconds.
    await expect.poll(() => dialog.getByTestId('pin-picker-map').getAttribute('data-districts'), { timeout: 15_000 }).toContain('喀什市');
    await page.screenshot({ path: '.reports/pin-picker-refused.png' });
    expect(await dialog.isVisible()).toBe(true);
    expect(external).toEqual([]);
  });
});
