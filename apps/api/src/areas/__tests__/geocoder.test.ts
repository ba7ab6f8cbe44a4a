import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { convertCrs, haversineM } from '@yilu/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, startApi, type TestApi } from '../../../test/harness.js';

/**
 * A local stand-in for AMap's and Tencent's geocoding web services. Both answer in GCJ-02; AMap's adcode for the
 * school is right, the "米东区旧址" one is wrong on purpose (the outlines must correct it); "出错" fails upstream.
 */
const school = { lng: 87.6543, lat: 43.9642 };
const schoolGcj = convertCrs(school, 'wgs84', 'gcj02');
let provider: Server;
let calls: URL[] = [];
let amap: TestApi;
let tencent: TestApi;
let off: TestApi;
const tokens = new Map<TestApi, string>();

function standIn(url: URL): unknown {
  const address = url.searchParams.get('address') ?? '';
  const key = url.searchParams.get('key');
  if (url.pathname === '/v3/geocode/geo') {
    if (key !== 'amap-test-key') return { status: '0', info: 'INVALID_USER_KEY', infocode: '10001' };
    if (address.includes('没有')) return { status: '1', info: 'OK', count: '0', geocodes: [] };
    const adcode = address.includes('旧址') ? '650102' : '650109';
    return {
      status: '1',
      info: 'OK',
      count: '1',
      geocodes: [{ formatted_address: `新疆维吾尔自治区乌鲁木齐市${address}`, adcode, location: `${schoolGcj.lng},${schoolGcj.lat}` }],
    };
  }
  if (url.pathname === '/ws/geocoder/v1/') {
    if (address.includes('没有')) return { status: 347, message: '查询无结果' };
    return { status: 0, message: 'query ok', result: { title: address, location: schoolGcj, ad_info: { adcode: '650109' } } };
  }
  return { status: 'unknown path' };
}

beforeAll(async () => {
  provider = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    calls.push(url);
    if (url.searchParams.get('address')?.includes('出错')) {
      res.statusCode = 500;
      return res.end('upstream failure');
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(standIn(url)));
  });
  provider.listen(0, '127.0.0.1');
  await once(provider, 'listening');
  const base = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
  amap = await startApi({ YILU_GEOCODER: 'amap', YILU_GEOCODER_KEY: 'amap-test-key', YILU_GEOCODER_BASE_URL: base });
  tencent = await startApi({ YILU_GEOCODER: 'tencent', YILU_GEOCODER_KEY: 'tencent-test-key', YILU_GEOCODER_BASE_URL: base });
  off = await startApi();
  for (const api of [amap, tencent, off]) {
    await api.createAccount({
      username: 'midong',
      password: 'correct-horse-battery',
      displayName: '米东区人社局',
      role: 'district_staff',
      areaCode: '650109',
    });
    tokens.set(api, (await api.login('midong', 'correct-horse-battery')).accessToken);
  }
});
afterAll(async () => {
  await Promise.all([amap, tencent, off].map((api) => api?.close()));
  provider?.close();
});

const lookUp = (api: TestApi, address: string, crs = 'wgs84') =>
  api.request('GET', `/api/v1/geocode?address=${encodeURIComponent(address)}&crs=${crs}`, { token: tokens.get(api) });

describe('address look-up', () => {
  it('asks AMap with the configured key and answers the place in WGS-84 with its area code', async () => {
    calls = [];
    const res = await lookUp(amap, '米东区米东南路55号');
    expect(res.status).toBe(200);
    expect(calls[0]!.searchParams.get('key')).toBe('amap-test-key');
    expect(res.body).toMatchObject({ crs: 'wgs84', provider: 'amap' });
    const [found] = res.body.items;
    expect(found).toMatchObject({
      address: '新疆维吾尔自治区乌鲁木齐市米东区米东南路55号',
      areaCode: '650109',
      areaName: '乌鲁木齐市米东区',
    });
    expect(haversineM(found.location, school)).toBeLessThan(5);
  });

  it('answers in GCJ-02 when asked, and suggests the district the outlines put the place in over a wrong adcode', async () => {
    const res = await lookUp(amap, '米东区旧址', 'gcj02');
    expect(res.body.crs).toBe('gcj02');
    expect(res.body.items[0].location).toEqual(schoolGcj);
    expect(res.body.items[0].areaCode).toBe('650109');
  });

  it('works with Tencent too, and answers no candidates when nothing is found', async () => {
    const res = await lookUp(tencent, '米东南路55号');
    expect(res.body).toMatchObject({ provider: 'tencent', items: [{ areaCode: '650109' }] });
    expect(haversineM(res.body.items[0].location, school)).toBeLessThan(5);
    expect((await lookUp(tencent, '没有这个地方')).body.items).toEqual([]);
    expect((await lookUp(amap, '没有这个地方')).body.items).toEqual([]);
  });

  it('is 502 when the provider fails and 503 when no geocoder is configured', async () => {
    expect(expectProblem(await lookUp(amap, '出错的地址'), 502).detail).toMatch(/地址解析服务暂时不可用/);
    expect(expectProblem(await lookUp(off, '米东南路55号'), 503).detail).toMatch(/未配置地址解析服务/);
  });

  it('says whether it is on, and is for staff only', async () => {
    expect((await amap.request('GET', '/api/v1/geocode/status', { token: tokens.get(amap) })).body).toEqual({
      enabled: true,
      provider: 'amap',
    });
    expect((await off.request('GET', '/api/v1/geocode/status', { token: tokens.get(off) })).body).toEqual({ enabled: false });
    expectProblem(await amap.request('GET', '/api/v1/geocode?address=米东南路'), 401);
  });
});
