import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { ImportReport, NearbyAnswer } from '@yilu/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, startApi, type TestApi } from '../../../test/harness.js';
import { kashgarStaffToken } from '../../../test/points-fixtures.js';
import { header, makeSheet, upload } from '../../../test/sheets.js';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startApi();
  token = await kashgarStaffToken(api);
});
afterAll(() => api?.close());

const good = [
  [
    'KS-001',
    '驿站',
    '喀什古城暖心驿站',
    '喀什市吾斯塘博依路 12 号',
    '653101',
    75.9897,
    39.4704,
    'WGS84',
    '热水、微波炉、手机充电',
    '劳动者专用',
    '24小时',
    '0998-1234567',
    '',
    '已发布',
  ],
  [
    'KS-002',
    '充电点',
    '人民广场充电站',
    '喀什市人民东路 1 号',
    '653101',
    75.9935,
    39.4677,
    'WGS84',
    '电动车充电、换电',
    '对公众开放',
    '每天 07:00-23:00',
    '',
    '',
    '',
  ],
  ['', '公厕', '东湖公园公厕', '喀什市东湖公园北门', '653101', 76.0012, 39.4721, '', '卫生间', '', '每天 06:00-22:00', '', '', ''],
];
const bad = [
  ['KS-004', '温泉', '未知类型', '某地', '653101', 75.99, 39.47, '', '', '', '', '', '', ''],
  ['KS-005', '驿站', '坐标错误驿站', '某地', '653101', 200, 39.47, '', '', '', '', '', '', ''],
  ['KS-006', '驿站', '营业时间错误', '某地', '653101', 75.99, 39.47, '', '', '', '早上开门', '', '', ''],
  ['KS-007', '驿站', '越界驿站', '乌鲁木齐某地', '650109', 87.6, 43.8, '', '', '', '', '', '', ''],
  ['KS-001', '驿站', '重复编号', '某地', '653101', 75.98, 39.46, '', '', '', '', '', '', ''],
];

describe('bulk import', () => {
  it('validate mode reports every row and writes nothing', async () => {
    const file = await makeSheet([header, ...good, ...bad]);
    const res = await upload(api.baseUrl, token, file, 'mode=validate');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 8, valid: 3, invalid: 5, created: 0 });
    const report: ImportReport = res.body;
    const issues = Object.fromEntries(report.rows.filter((r) => r.action === 'error').map((r) => [r.row, r.issues]));
    expect(issues[5]?.[0]).toMatchObject({ column: '类型', message: expect.stringContaining('无法识别“温泉”') });
    expect(issues[6]?.[0]).toMatchObject({ column: '经度' });
    expect(issues[7]?.[0]).toMatchObject({ column: '营业时间' });
    expect(issues[8]?.[0]).toMatchObject({ column: '行政区划代码', message: '不在您的管辖范围内' });
    expect(issues[9]?.[0]).toMatchObject({ message: '与第 2 行重复' });
    expect(await api.ctx.models.Point.countDocuments()).toBe(0);
  });

  it('commit refuses a file with errors unless asked to import the valid rows', async () => {
    const file = await makeSheet([header, ...good, ...bad]);
    const refused = await upload(api.baseUrl, token, file, 'mode=commit');
    expect(expectProblem(refused as never, 422).errors).toContainEqual({ field: 'rows.5.类型', message: expect.any(String) });
    expect(await api.ctx.models.Point.countDocuments()).toBe(0);

    const partial = await upload(api.baseUrl, token, file, 'mode=commit&acceptValid=true');
    expect(partial.body).toMatchObject({ created: 3, updated: 0, invalid: 5 });
    const near = await api.request<NearbyAnswer>('GET', '/api/v1/points?near=75.9897,39.4704&radius=3000');
    expect(near.body.items.map((p) => p.name).sort()).toEqual(['东湖公园公厕', '人民广场充电站', '喀什古城暖心驿站']);
  });

  it('re-importing the same file, as .csv too, updates instead of duplicating', async () => {
    const changed = good.map((r) => [...r]);
    changed[1]![11] = '0998-7654321';
    const res = await upload(api.baseUrl, token, await makeSheet([header, ...changed], 'csv'), 'mode=commit', 'points.csv');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 0, updated: 3 });
    expect(await api.ctx.models.Point.countDocuments()).toBe(3);
    expect((await api.ctx.models.Point.findOne({ externalId: 'KS-002' }).lean())!.contact).toBe('0998-7654321');
  });

  it('rejects wrong file types, missing files, oversized uploads and files without the needed columns', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect(expectProblem((await upload(api.baseUrl, token, png, 'mode=validate', 'a.png')) as never, 415).errors).toEqual([
      { field: 'file', message: '文件类型不支持' },
    ]);
    const tooBig = Buffer.alloc(6 * 1024 * 1024, 0x41);
    expectProblem((await upload(api.baseUrl, token, tooBig, 'mode=validate', 'big.csv')) as never, 413);
    const noColumns = await makeSheet([
      ['甲', '乙'],
      ['1', '2'],
    ]);
    expect(expectProblem((await upload(api.baseUrl, token, noColumns, 'mode=validate')) as never, 400).detail).toMatch(/缺少必需的列/);
    const none = await fetch(`${api.baseUrl}/api/v1/points/import`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(none.status).toBe(400);
    const badMode = await upload(api.baseUrl, token, noColumns, 'mode=yolo');
    expect(badMode.status).toBe(400);
  });
});

describe('export', () => {
  it('writes the import format, which imports back without duplicates', async () => {
    const res = await fetch(`${api.baseUrl}/api/v1/points/export?format=xlsx`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    const file = Buffer.from(await res.arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(3).text).toBe('名称');
    expect(sheet.rowCount).toBe(4);

    const again = await upload(api.baseUrl, token, file, 'mode=commit');
    expect(again.body).toMatchObject({ created: 0, updated: 3, invalid: 0 });
    expect(await api.ctx.models.Point.countDocuments()).toBe(3);
  });

  it('keeps holidays a file does not mention, and takes them from its 特殊日期 column', async () => {
    const stored = (await api.ctx.models.Point.findOne({ externalId: 'KS-001' }).lean())!;
    const hours = {
      timezone: 'Asia/Shanghai',
      alwaysOpen: true,
      weekly: [],
      exceptions: [{ date: '2027-02-17', closed: true, ranges: [], note: '春节' }],
    };
    expect((await api.request('PATCH', `/api/v1/points/${stored._id}`, { token, body: { hours } })).status).toBe(200);
    const exceptionsOf = async () =>
      ((await api.ctx.models.Point.findById(stored._id).lean())!.hours as unknown as typeof hours).exceptions;

    expect((await upload(api.baseUrl, token, await makeSheet([header, ...good]), 'mode=commit')).body).toMatchObject({ updated: 3 });
    expect(await exceptionsOf()).toEqual(hours.exceptions);

    const res = await fetch(`${api.baseUrl}/api/v1/points/export?format=xlsx`, { headers: { authorization: `Bearer ${token}` } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const column = sheet.getRow(1).values as string[];
    const exceptionsCol = column.indexOf('特殊日期');
    const row = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).text === 'KS-001')!;
    expect(row.getCell(exceptionsCol).text).toBe('2027-02-17 闭馆 春节');

    row.getCell(exceptionsCol).value = '2027-02-18 10:00-16:00 春节缩短营业；2027-02-19 闭馆';
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await upload(api.baseUrl, token, edited, 'mode=commit')).body).toMatchObject({ invalid: 0 });
    expect(await exceptionsOf()).toEqual([
      { date: '2027-02-18', closed: false, ranges: [{ open: '10:00', close: '16:00' }], note: '春节缩短营业' },
      { date: '2027-02-19', closed: true, ranges: [] },
    ]);
  });

  it('reads the committed sample file', async () => {
    const sample = readFileSync(new URL('../../../../../docs/samples/points-import-sample.xlsx', import.meta.url));
    const res = await upload(api.baseUrl, token, sample, 'mode=validate');
    expect(res.status).toBe(200);
    expect(res.body.invalid).toBe(0);
    expect(res.body.total).toBeGreaterThan(3);
  });
});
