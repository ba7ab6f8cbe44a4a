import { readFileSync } from 'node:fs';
import { haversineM } from '@yilu/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../../../test/harness.js';
import { makeSheet, upload } from '../../../test/sheets.js';
import { DEMO_PASSWORD } from '../../demo/demo-accounts.js';
import { seedDemo } from '../../demo/seed.js';

// The README's sample import, run on the demo data as a new deployment would: it must not put a second marker
// for a place the demo already shows.
let api: TestApi;
beforeAll(async () => {
  api = await startApi({ YILU_DEV_LOGIN: 'true' });
  await seedDemo(api.ctx);
}, 60_000);
afterAll(() => api?.close());

const sample = readFileSync(new URL('../../../../../docs/samples/points-import-sample.xlsx', import.meta.url));
const sampleHeader = [
  '外部编号',
  '类型',
  '名称',
  '地址',
  '行政区划代码',
  '经度',
  '纬度',
  '坐标系',
  '设施',
  '开放对象',
  '营业时间',
  '特殊日期',
  '联系电话',
  '简介',
  '状态',
];

type Stored = { _id: unknown; name: string; kind: string; externalId?: string | null; location: { lng: number; lat: number } };

/** Points a rider would see twice: any two within 100 m of each other, closest first. */
function nearPairs(points: Stored[], withinM = 100): string[] {
  const pairs: [number, string][] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const [a, b] = [points[i]!, points[j]!];
      const d = haversineM(a.location, b.location);
      if (d < withinM) pairs.push([d, `${a.name}（${a.externalId}）与 ${b.name}（${b.externalId}）相距 ${Math.round(d)} 米`]);
    }
  }
  return pairs.sort((x, y) => x[0] - y[0]).map(([, text]) => text);
}

describe('the sample import on the demo data', () => {
  it('adds no point beside one the demo already has, and updates the places it shares with the demo', async () => {
    const token = (await api.login('kashi', DEMO_PASSWORD)).accessToken;
    const before = (await api.ctx.models.Point.find({ deletedAt: null }).lean()) as unknown as Stored[];
    expect(nearPairs(before)).toEqual([]);

    const res = await upload(api.baseUrl, token, sample, 'mode=commit');
    expect(res.status).toBe(200);
    expect(res.body.invalid).toBe(0);

    const after = (await api.ctx.models.Point.find({ deletedAt: null }).lean()) as unknown as Stored[];
    expect(nearPairs(after)).toEqual([]);
    expect(after.length).toBe(before.length + res.body.created);
    expect([res.body.created, res.body.updated]).toEqual([3, 2]);
    // The demo's places keep their ids, so the demo seed still knows them and adds nothing on the next start.
    expect(await api.ctx.models.Point.exists({ externalId: 'demo-ks-1', name: '喀什古城暖心驿站' })).toBeTruthy();
    expect((await seedDemo(api.ctx)).points).toBe(0);
  });

  it('recognises a place by kind and name as people read it, within 100 m, whatever its external id', async () => {
    const token = (await api.login('kashi', DEMO_PASSWORD)).accessToken;
    // 喀什爱心餐厅（解放北路店） of the demo, 60 m north, with half-width brackets, a space and another list's id.
    const row = [
      'XJ-9',
      '爱心餐厅',
      '喀什爱心餐厅 (解放北路店)',
      '喀什市解放北路 30 号',
      '653101',
      75.9861,
      39.47674,
      'WGS84',
      '热水',
      '',
      '',
      '',
      '',
      '',
      '已发布',
    ];
    const res = await upload(api.baseUrl, token, await makeSheet([sampleHeader, row]), 'mode=commit');
    expect(res.body).toMatchObject({ created: 0, updated: 1 });
    expect(await api.ctx.models.Point.countDocuments({ externalId: 'demo-ks-6', deletedAt: null })).toBe(1);
  });
});
