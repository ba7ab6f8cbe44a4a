import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInToAdmin } from '../support/admin-session.js';
import { launchBrowser, openOfflinePage } from '../support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const sample = fileURLToPath(new URL('../../docs/samples/points-import-sample.xlsx', import.meta.url));

describe('admin: staff keep the service points true', () => {
  it('creates a point with the pin picker and sees it in the table and on the map', async () => {
    const { page, external } = await openOfflinePage(browser);
    await signInToAdmin(page);
    await page.getByRole('menuitem', { name: '服务点位' }).click();
    await page.getByRole('button', { name: '新建点位' }).click();

    const dialog = page.getByRole('dialog', { name: '新建点位' });
    await dialog.locator('input[name="name"]').fill('喀什团结路暖心驿站');
    await dialog.locator('input[name="address"]').fill('喀什市团结路 18 号');
    await dialog.locator('input[name="areaCode"]').fill('653101');
    await expect(dialog.getByTestId('crs-note').innerText()).resolves.toContain('WGS-84');

    // The picker moves onto the area typed (喀什市); a click in the middle of its map fills the coordinates in.
    const map = dialog.getByTestId('pin-picker-map');
    await dialog.getByTestId('pin-picker-area').filter({ hasText: '喀什市' }).waitFor();
    await page.waitForTimeout(400);
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2 + 30, box.y + box.height / 2);
    await expect.poll(async () => Number(await dialog.locator('input[name="lng"]').inputValue())).toBeGreaterThan(75.9);
    const lng = Number(await dialog.locator('input[name="lng"]').inputValue());
    const lat = Number(await dialog.locator('input[name="lat"]').inputValue());
    expect(lat).toBeGreaterThan(39.4);

    await dialog.getByText('热水', { exact: true }).click();
    await dialog.getByText('手机充电', { exact: true }).click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.getByTestId('points-table').locator('tr', { hasText: '喀什团结路暖心驿站' });
    await row.waitFor();
    expect(await row.innerText()).toContain('653101');

    // The public map has it at the picked position.
    const near = await fetch(`${inject('apiOrigin')}/api/v1/points?near=${lng},${lat}&radius=50`);
    const items = ((await near.json()) as { items: { name: string; amenities: string[] }[] }).items;
    expect(items[0]).toMatchObject({ name: '喀什团结路暖心驿站', amenities: ['hot_water', 'phone_charging'] });

    await page.getByRole('tab', { name: '地图' }).click();
    await expect.poll(async () => page.getByTestId('map-count').innerText()).toMatch(/[1-9]\d* 个要素/);
    expect(external).toEqual([]);
  });

  it('imports the sample .xlsx: sees the per-row report, then imports', async () => {
    const { page, external } = await openOfflinePage(browser);
    await signInToAdmin(page);
    await page.getByRole('menuitem', { name: '服务点位' }).click();
    await page.getByRole('button', { name: '导入 Excel' }).click();
    await page.getByTestId('import-file').setInputFiles(sample);

    const summary = page.getByTestId('import-summary');
    await summary.filter({ hasText: '共 5 行：有效 5 行，有误 0 行' }).waitFor();
    await page.getByRole('dialog', { name: '导入服务点位' }).getByRole('button', { name: '导入', exact: true }).click();
    await summary.filter({ hasText: '导入完成：新增 5 个，更新 0 个' }).waitFor();
    await page.getByRole('button', { name: '确定' }).click();
    await page.getByTestId('points-table').locator('tr', { hasText: '东城爱心餐厅' }).waitFor();
    expect(external).toEqual([]);
  });
});
