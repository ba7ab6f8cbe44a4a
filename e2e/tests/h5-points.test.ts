import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminToken, apiPost } from '../support/api-client.js';
import { launchBrowser, openOfflinePage } from '../support/browser.js';

let browser: Browser;
const allDay = { timezone: 'Asia/Shanghai', alwaysOpen: true, weekly: [], exceptions: [] };
const closed = { timezone: 'Asia/Shanghai', alwaysOpen: false, weekly: [], exceptions: [] };
const base = { address: '喀什市解放南路', areaCode: '653101', access: 'workers' };

beforeAll(async () => {
  browser = await launchBrowser();
  const token = await adminToken();
  // Around a rider at the Id Kah mosque square: one match and three near misses.
  const points = [
    {
      ...base,
      name: '艾提尕尔暖心驿站',
      kind: 'rest_station',
      location: { lng: 75.9822, lat: 39.4727 },
      amenities: ['hot_water', 'microwave', 'toilet'],
      hours: allDay,
      contact: '0998-2880001',
    },
    { ...base, name: '无热水驿站', kind: 'rest_station', location: { lng: 75.983, lat: 39.4731 }, amenities: ['seats'], hours: allDay },
    { ...base, name: '已打烊驿站', kind: 'rest_station', location: { lng: 75.9815, lat: 39.472 }, amenities: ['hot_water'], hours: closed },
    {
      ...base,
      name: '广场充电站',
      kind: 'charging',
      location: { lng: 75.9826, lat: 39.4735 },
      amenities: ['hot_water', 'ebike_charging'],
      hours: allDay,
    },
  ];
  for (const p of points) expect((await apiPost('/points', token, p)).status).toBe(201);
});
afterAll(() => browser?.close());

describe('h5: a rider finds an open rest station with hot water', () => {
  it('filters, opens it and sees the right details', async () => {
    const { page, external } = await openOfflinePage(browser, { width: 390, height: 844 }, { latitude: 39.4725, longitude: 75.982 });
    await page.goto(inject('h5Url'));
    const list = page.getByTestId('point-list');
    await list.getByText('艾提尕尔暖心驿站').waitFor();

    await page.locator('.chip', { hasText: /^驿站$/ }).click();
    await page.locator('.chip', { hasText: '正在营业' }).click();
    await page.locator('.chip', { hasText: '热水' }).click();
    // Other tests may have added open rest stations with hot water nearby; the near misses must all be gone.
    await expect.poll(async () => list.innerText()).not.toMatch(/无热水驿站|已打烊驿站|广场充电站/);
    const rows = await list.locator('.point-row').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const text of rows) expect(text).toMatch(/^[^\n]*驿站[\s\S]*(24 小时营业|营业中)/);
    const row = list.locator('.point-row').first();
    expect(await row.innerText()).toContain('艾提尕尔暖心驿站');

    await row.click();
    const detail = page.getByTestId('point-detail');
    await detail.waitFor();
    expect(await detail.innerText()).toContain('艾提尕尔暖心驿站');
    const amenities = await detail.getByTestId('amenities').innerText();
    for (const label of ['热水', '微波炉', '卫生间']) expect(amenities).toContain(label);
    expect(await detail.getByTestId('hours').innerText()).toBe('24小时');
    expect(await detail.innerText()).toContain('劳动者专用');
    expect(await detail.innerText()).toContain('0998-2880001');
    expect(await detail.innerText()).toMatch(/\d+ 米/);

    expect(external).toEqual([]);
  });
});
