import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminToken, apiPost } from '../support/api-client.js';
import { launchBrowser, openOfflinePage } from '../support/browser.js';

const screenshot = fileURLToPath(new URL('../../docs/screenshots/phone-map.png', import.meta.url));
let browser: Browser;
const allDay = { timezone: 'Asia/Shanghai', alwaysOpen: true, weekly: [], exceptions: [] };
const base = { address: '昆山市前进东路', areaCode: '320583', access: 'public', hours: allDay };

beforeAll(async () => {
  browser = await launchBrowser();
  const token = await adminToken();
  // The demo's EV charger with a reading corner, and two chargers that lack one of the asked amenities.
  const points = [
    {
      ...base,
      kind: 'charging',
      name: '昆山南星绿能e站',
      address: '昆山市前进东路 579 号',
      location: { lng: 120.9949, lat: 31.3862 },
      amenities: ['ev_fast_charging', 'microwave', 'hot_water', 'books', 'seats', 'toilet', 'wifi'],
    },
    { ...base, kind: 'charging', name: '前进路快充站', location: { lng: 120.996, lat: 31.3868 }, amenities: ['ev_fast_charging'] },
    { ...base, kind: 'reading_corner', name: '前进路书屋', location: { lng: 120.9938, lat: 31.3855 }, amenities: ['books'] },
  ];
  for (const p of points) expect((await apiPost('/points', token, p)).status).toBe(201);
});
afterAll(() => browser?.close());

describe('h5 map: a rider asks for an EV fast charger with books', () => {
  it('multi-selects 充电点 + 汽车快充 + 图书, pans the map (a viewport request) and opens the result', async () => {
    const { page, external } = await openOfflinePage(browser, { width: 390, height: 844 }, { latitude: 31.3859, longitude: 120.9944 });
    const viewportRequests: string[] = [];
    page.on('request', (r) => {
      if (/\/points\?.*bbox=/.test(r.url())) viewportRequests.push(r.url());
    });
    await page.goto(inject('h5Url'));
    const list = page.getByTestId('point-list');
    await list.getByText('前进路书屋').waitFor();

    const legend = page.getByTestId('map-legend');
    expect(await legend.isVisible()).toBe(true);
    for (const kind of ['驿站', '充电点', '读书角', '培训点']) expect(await legend.innerText()).toContain(kind);
    // Without tiles the base layer is the district outlines, named.
    await expect.poll(() => page.getByTestId('points-map').getAttribute('data-districts')).toContain('昆山');

    await page.locator('.chip', { hasText: /^充电点$/ }).click();
    await page.locator('.chip', { hasText: '汽车快充' }).click();
    await page.locator('.chip', { hasText: '图书' }).click();
    await expect.poll(() => list.innerText()).not.toMatch(/前进路快充站|前进路书屋/);
    expect(await list.innerText()).toContain('昆山南星绿能e站');

    await expect.poll(() => viewportRequests.length).toBeGreaterThan(0);
    const before = viewportRequests.length;
    const box = (await page.getByTestId('points-map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 60, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => viewportRequests.length).toBeGreaterThan(before);
    const last = new URL(viewportRequests.at(-1)!);
    expect(last.searchParams.get('kinds')).toBe('charging');
    expect(last.searchParams.get('amenities')?.split(',').sort()).toEqual(['books', 'ev_fast_charging']);

    await page.screenshot({ path: screenshot });
    await list.locator('.point-row', { hasText: '昆山南星绿能e站' }).click();
    const detail = page.getByTestId('point-detail');
    await detail.waitFor();
    expect(await detail.innerText()).toContain('昆山南星绿能e站');
    expect(await detail.getByTestId('amenities').innerText()).toMatch(/汽车快充[\s\S]*图书|图书[\s\S]*汽车快充/);

    expect(external).toEqual([]);
  });
});
