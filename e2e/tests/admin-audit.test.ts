import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signInToAdmin } from '../support/admin-session.js';
import { adminToken, apiCall, apiPost, workerToken } from '../support/api-client.js';
import { launchBrowser, openOfflinePage } from '../support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const hours = { timezone: 'Asia/Shanghai', alwaysOpen: true, weekly: [], exceptions: [] };
// The smallest valid PNG: one transparent pixel.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

async function createPoint(token: string, name: string) {
  const body = {
    kind: 'rest_station',
    name,
    address: '喀什市色满路 3 号',
    areaCode: '653101',
    location: { lng: 75.97, lat: 39.46 },
    amenities: ['hot_water'],
    access: 'workers',
    hours,
  };
  const res = await apiPost('/points', token, body);
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  return res.body.id as string;
}

describe('admin: who looked at what', () => {
  it("opens a point's trail from its row, and shows what the edit changed", async () => {
    const token = await adminToken();
    const id = await createPoint(token, '色满路驿站');
    await apiCall('PATCH', `/points/${id}`, token, { name: '色满路暖心驿站' });

    const { page, external } = await openOfflinePage(browser, { width: 1440, height: 900 });
    await signInToAdmin(page);
    await page.getByRole('menuitem', { name: '服务点位' }).click();
    await page.getByTestId('points-table').locator('tr', { hasText: '色满路暖心驿站' }).getByRole('button', { name: '记录' }).click();

    const table = page.getByTestId('audit-table');
    await expect.poll(() => table.locator('tbody > tr.el-table__row').count()).toBe(2);
    const edit = table.locator('tr.el-table__row', { hasText: '修改' });
    expect(await edit.innerText()).toContain('色满路暖心驿站');
    await edit.locator('.el-table__expand-icon').click();
    const changes = table.locator('.el-table__expanded-cell');
    await changes.getByText('色满路驿站', { exact: true }).waitFor();
    expect(await changes.innerText()).toMatch(/名称\s+色满路驿站\s+色满路暖心驿站/);
    expect(page.url()).toContain(`entityId=${id}`);
    expect(external).toEqual([]);
  });

  it("shows a report's photo to the staff through the token, never by its bare URL", async () => {
    const id = await createPoint(await adminToken(), '色满路第二驿站');
    const worker = await workerToken('拍照的骑手');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(png)]), 'photo.png');
    const uploaded = await fetch(`${inject('apiOrigin')}/api/v1/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${worker}` },
      body: form,
    });
    const { url } = (await uploaded.json()) as { url: string };
    expect((await apiPost(`/points/${id}/reports`, worker, { reason: 'closed', note: '门关了', photo: url })).status).toBe(201);
    expect((await fetch(`${inject('apiOrigin')}${url}`)).status).toBe(401);

    const { page } = await openOfflinePage(browser, { width: 1440, height: 900 });
    await signInToAdmin(page);
    await page.getByRole('menuitem', { name: '点位反馈' }).click();
    const photo = page.getByTestId('reports-table').locator('tr', { hasText: '色满路第二驿站' }).locator('img');
    await photo.waitFor();
    expect(await photo.getAttribute('src')).toMatch(/^blob:/);
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  });
});
