import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { courseBody, school } from '@yilu/api/fixtures/courses';
import { WITHHELD_NOTE } from '@yilu/shared';
import { signInToAdmin } from '../support/admin-session.js';
import { adminToken, apiCall, apiPost, workerToken } from '../support/api-client.js';
import { launchBrowser, openOfflinePage } from '../support/browser.js';

// Demand heard in Urumqi Midong. 测试骑手 (the h5 development sign-in) looks for a 茶艺师 class, finds none and taps
// 有班通知我; 想学骑手 says 想学 中式面点师 and 茶艺师 from 我的. Besides them, through the API five riders said 想学
// 中式面点师, four said 想学 插花员 and searched it in vain, and four more searched 茶艺师 in vain. So in Midong 中式面点师 is
// 6 people (shown); 插花员 4 (withheld) and 茶艺师 (1 想学, 5 searches, 6 people) withheld whole with it, as a group's
// figures are withheld together: each of the district's lines then holds two withheld groups of 5 or more people
// together, so the district's own figures can stay on the heat map.
const phone = { width: 390, height: 844 };
const desktop = { width: 1440, height: 900 };
const midong = '650109';
const midongName = '乌鲁木齐市米东区';
const searched = '茶艺师';
const shown = '中式面点师';
const few = '插花员';
const interestRider = '想学骑手';
const classTitle = '茶艺师培训班（需求 e2e）';
const staffer = { username: 'e2e-demand-midong', password: 'e2e-demand-midong-password' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  const account = { ...staffer, displayName: '米东区人社局', role: 'district_staff', areaCode: midong };
  expect((await apiPost('/accounts', await adminToken(), account)).status).toBe(201);
  const riders = [
    ...Array.from({ length: 5 }, (_, i) => [`面点骑手${i + 1}`, shown]),
    ...Array.from({ length: 4 }, (_, i) => [`插花骑手${i + 1}`, few]),
  ];
  for (const [nickname, trade] of riders) {
    const body = { trades: [trade], freeTimes: ['evening'], areaCode: midong };
    expect((await apiCall('PUT', '/me/learning-interest', await workerToken(nickname!), body)).status).toBe(200);
  }
  const searchInVain = async (nickname: string, trade: string) => {
    const found = await apiCall(
      'GET',
      `/courses?trade=${encodeURIComponent(trade)}&near=${school.lng},${school.lat}`,
      await workerToken(nickname),
    );
    expect(found.body.items).toEqual([]);
  };
  for (let i = 1; i <= 4; i++) await searchInVain(`插花骑手${i}`, few);
  for (let i = 1; i <= 4; i++) await searchInVain(`茶艺骑手${i}`, searched);
});
afterAll(() => browser?.close());

/** A phone at the Midong training school, signed in as `nickname` the way the app keeps a session (none: signed out). */
async function phoneAs(nickname?: string) {
  const opened = await openOfflinePage(browser, phone, { latitude: school.lat, longitude: school.lng });
  if (nickname) {
    const login = await fetch(`${inject('apiOrigin')}/api/v1/auth/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nickname }),
    });
    const pair = await login.json();
    await opened.context.addInitScript((value) => localStorage.setItem('yilu.session', JSON.stringify({ data: value })), pair);
  }
  return opened;
}

/** The h5 development sign-in on 我的: the button says 开发环境登录 or 微信一键登录, as the build was configured. */
async function signInAsTestRider(page: Page) {
  await page.goto(`${inject('h5Url')}/#/pages/me/index`);
  const me = page.getByTestId('me-page');
  await me.locator('.primary-button', { hasText: /开发环境登录|微信一键登录/ }).click();
  await me.getByText('测试骑手，您好').waitFor();
}

const chip = (scope: Locator, text: string) => scope.locator('.chip', { hasText: text });

describe('h5: demand is heard, and the rider is told when a class opens', () => {
  it('offers 有班通知我 on an empty search, takes 想学 from 我的, and puts 有班了 in 消息 when staff publish the class', async () => {
    const first = await phoneAs();
    const h5 = first.page;
    await signInAsTestRider(h5);
    await h5.locator('.weui-tabbar').getByText('课程', { exact: true }).click();
    const courses = h5.getByTestId('courses-page');
    const search = courses.getByRole('searchbox', { name: '搜索工种，如 电工、育婴员' });
    await search.fill(searched);
    await search.press('Enter');
    const empty = courses.getByTestId('courses-empty');
    await empty.getByText(`暂时没有“${searched}”的课程`).waitFor();
    expect(await courses.getByTestId('course-card').count()).toBe(0);
    await empty.locator('.primary-button', { hasText: '有班通知我' }).click();
    // Of the phone's position only its district is kept.
    await h5.getByText(`${midongName}有${searched}班时通知您`).waitFor();

    const second = await phoneAs(interestRider);
    const rider = second.page;
    await rider.goto(`${inject('h5Url')}/#/pages/me/index`);
    await rider.getByTestId('me-page').getByTestId('me-learn').getByText('想学什么技能').click();
    const form = rider.getByTestId('interest-page').getByTestId('interest-form');
    const typed = form.getByRole('textbox', { name: '其他工种，如 茶艺师' });
    for (const trade of [shown, searched]) {
      await typed.fill(trade);
      await form.getByText('添加', { exact: true }).click();
      await chip(form.getByTestId('interest-trades'), trade).and(form.locator('.chip--on')).waitFor();
    }
    await chip(form.getByTestId('interest-times'), '工作日 14:30–16:30').click();
    await chip(form.getByTestId('interest-times'), '晚上').click();
    await form.locator('.primary-button', { hasText: '保存' }).click();
    await form.getByText('请选择所在区县').waitFor();
    await chip(form.getByTestId('interest-districts'), '米东区').click();
    await form.getByText('请选择所在区县').waitFor({ state: 'detached' });
    await form.locator('.primary-button', { hasText: '保存' }).click();
    const alerts = form.getByTestId('my-class-alerts');
    await alerts.getByText(`${shown} · ${midongName}`).waitFor();
    await alerts.getByText(`${searched} · ${midongName}`).waitFor();
    const saved = await apiCall('GET', '/me/learning-interest', await workerToken(interestRider));
    expect(saved.body.interest).toMatchObject({ trades: [shown, searched], freeTimes: ['weekday_afternoon', 'evening'], areaCode: midong });

    const course = await apiPost('/courses', await adminToken(), courseBody({ title: classTitle, trade: { name: searched } }));
    expect(course.status).toBe(201);

    await h5.goto(`${inject('h5Url')}/#/pages/me/index`);
    await h5.getByTestId('me-page').getByTestId('me-inbox').locator('.tap-link').click();
    const message = h5
      .getByTestId('inbox-page')
      .getByTestId('inbox-item')
      .filter({ hasText: `有班了：${classTitle}` });
    await message.waitFor();
    expect(await message.innerText()).toContain(`您关注的${searched}在${midongName}开班了`);
    await message.click();
    await h5.getByTestId('course-detail').getByText(classTitle).first().waitFor();
    expect([...first.external, ...second.external]).toEqual([]);
  });
});

/** The people columns of a table row (after the trade, or the rank, district and trade): demand, interest, misses. */
async function peopleCells(row: Locator, firstPeopleColumn: number): Promise<string[]> {
  const cells = await row.locator('td').allInnerTexts();
  return cells.slice(firstPeopleColumn, firstPeopleColumn + 3).map((c) => c.trim());
}

/** A count of people may be shown when it describes nobody or at least five people. */
const describesFewerThanFive = (text: string) => /^\d+$/.test(text) && Number(text) > 0 && Number(text) < 5;

/** The people columns of the shortage list's .xlsx. */
const peopleColumns = ['需求人数', '想学人数', '搜索无结果人数'];

/** The first sheet of an .xlsx file, read back with exceljs: one object per row under the first row's headers. */
async function sheetRows(path: string): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => (headers[column] = String(cell.value)));
  expect(headers).toEqual(expect.arrayContaining(peopleColumns));
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(headers.flatMap((name, column) => (name ? [[name, row.getCell(column).value]] : []))));
  });
  return rows;
}

// After the h5 flow above: its two riders are among the people counted.
describe('admin: a district staffer reads the demand and downloads the shortage list', () => {
  it('shows the heat map and the trade table with 不显示 for a group under 5, and no such group in the .xlsx', async () => {
    const { page, external } = await openOfflinePage(browser, desktop);
    await signInToAdmin(page, staffer);
    await page.getByRole('menuitem', { name: '需求与就业' }).click();
    const demand = page.getByTestId('demand-page');
    await demand.getByText(midongName).first().waitFor();

    // The heat map fills Midong by its people: the nine riders of the API and the two on h5, each once.
    const map = demand.getByTestId('demand-map');
    await expect.poll(() => map.getAttribute('data-demand')).toMatch(new RegExp(`${midong}:\\d+`));
    const onMap = Number(new RegExp(`${midong}:(\\d+)`).exec((await map.getAttribute('data-demand'))!)![1]);
    expect(onMap).toBeGreaterThanOrEqual(11);
    // The admin's maps draw on canvases: the fills are the painted pixels of the demand pane's.
    const painted = () =>
      map.locator('.leaflet-demand-pane canvas').evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        return data.filter((_, i) => i % 4 === 3 && data[i]! > 0).length;
      });
    await expect.poll(painted).toBeGreaterThan(10_000);
    const ranking = demand.getByTestId('district-ranking').locator('.el-table__body tr', { hasText: midongName });
    expect((await ranking.locator('td').allInnerTexts()).map((c) => c.trim())).toEqual([midongName, String(onMap)]);

    await demand.getByRole('tab', { name: '按工种' }).click();
    const trades = demand.getByTestId('trade-table').locator('.el-table__body tr');
    const tradeRow = (trade: string) => trades.filter({ has: page.locator('td:nth-child(1)', { hasText: new RegExp(`^${trade}$`) }) });
    await tradeRow(shown).waitFor();
    expect(await peopleCells(tradeRow(shown), 1)).toEqual(['6', '6', '0']);
    expect(await peopleCells(tradeRow(few), 1)).toEqual(['不显示', '不显示', '不显示']);
    expect(await peopleCells(tradeRow(searched), 1)).toEqual(['不显示', '不显示', '不显示']);
    const withheld = tradeRow(few).locator('td').nth(1).locator('span');
    expect(await withheld.getAttribute('title')).toBe(WITHHELD_NOTE);
    for (const row of await trades.all()) expect((await peopleCells(row, 1)).filter(describesFewerThanFive)).toEqual([]);

    await demand.getByRole('tab', { name: '紧缺职业技能缺口清单' }).click();
    const shortage = demand.getByTestId('shortage-table').locator('.el-table__body tr');
    await shortage.filter({ hasText: shown }).waitFor();
    for (const row of await shortage.all()) expect((await peopleCells(row, 3)).filter(describesFewerThanFive)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), demand.getByTestId('export-shortage').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    const rows = await sheetRows((await download.path())!);
    for (const row of rows)
      for (const column of peopleColumns) {
        const value = row[column];
        if (typeof value === 'number') expect(value === 0 || value >= 5, `${column} ${value} in ${JSON.stringify(row)}`).toBe(true);
        else expect(value).toBe(WITHHELD_NOTE);
      }
    const rowOf = (trade: string) => rows.find((r) => r['区县'] === midongName && r['工种'] === trade);
    expect(rowOf(shown)).toMatchObject({ 需求人数: 6, 想学人数: 6, 搜索无结果人数: 0 });
    expect(rowOf(few)).toMatchObject({ 需求人数: WITHHELD_NOTE, 想学人数: WITHHELD_NOTE, 缺口: WITHHELD_NOTE });
    expect(rowOf(searched)).toMatchObject({ 需求人数: WITHHELD_NOTE, 搜索无结果人数: WITHHELD_NOTE });
    expect(external).toEqual([]);
  });
});
