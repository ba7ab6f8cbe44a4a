import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
// The stand-in @tarojs/taro resolves to in tests, typed as it is.
import Taro, { router } from '../../../test/taro';
import { startApiStandIn, workerSession } from '../../../test/api-stand-in';

// 想学 against a stand-in for the API: the trades offered and the one searched for, a district near the worker, and
// saving the interest with a class alert for each trade.
const district = (code: string, name: string, lng: number, lat: number) => ({ code, name, centre: { lng, lat }, polygons: [] });
let saved: unknown = null;
let alerts: unknown[] = [];

let api: Awaited<ReturnType<typeof startApiStandIn>>;
beforeAll(async () => {
  api = await startApiStandIn(({ method, path, body }) => {
    if (method === 'GET' && path === '/api/v1/me/learning-interest') return { status: 200, body: { interest: saved } };
    if (method === 'GET' && path === '/api/v1/courses/trades') return { status: 200, body: { items: [{ name: '电工', count: 3 }] } };
    if (method === 'GET' && path === '/api/v1/me/class-alerts') return { status: 200, body: { items: alerts } };
    if (method === 'GET' && path.startsWith('/api/v1/areas?'))
      return {
        status: 200,
        body: {
          crs: 'wgs84',
          source: 'test',
          items: [district('653121', '疏附县', 75.6, 39.4), district('653101', '喀什市', 76.0, 39.47)],
        },
      };
    if (method === 'PUT' && path === '/api/v1/me/learning-interest')
      return { status: 200, body: { ...(body as object), areaName: '喀什地区喀什市', updatedAt: '2026-12-01T00:00:00Z' } };
    if (method === 'POST' && path === '/api/v1/me/class-alerts') {
      const { trade, areaCode } = body as { trade: string; areaCode: string };
      const alert = { id: `a-${trade}`, trade, areaCode, areaName: '喀什地区喀什市', createdAt: '2026-12-01T00:00:00Z' };
      alerts.push(alert);
      return { status: 201, body: alert };
    }
    return undefined;
  });
  vi.stubEnv('TARO_APP_API_BASE', api.base);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await api.close();
});
beforeEach(() => {
  api.requests.length = 0;
  saved = null;
  alerts = [];
  Taro.setStorageSync('yilu.session', workerSession());
  router.params = { trade: encodeURIComponent('茶艺师') };
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('想学', () => {
  it('says what is missing, then saves the trades, times and district and asks 有班通知我 for each trade', async () => {
    const { default: InterestPage } = await import('../interest/index');
    render(<InterestPage />);
    // The district nearest the worker (here Kashgar, where an unknown position falls back to) comes first.
    await waitFor(() => expect(screen.getByTestId('interest-districts').textContent).toBe('喀什市疏附县'));
    expect(screen.getByTestId('interest-trades').textContent).toBe('茶艺师电工');

    fireEvent.click(screen.getByText('保存'));
    expect(await screen.findByText('请至少选一个有空的时间')).toBeTruthy();
    expect(screen.getByText('请选择所在区县')).toBeTruthy();
    expect(api.requests.some((r) => r.method === 'PUT')).toBe(false);

    fireEvent.click(screen.getByText('电工'));
    fireEvent.click(screen.getByText('周末'));
    fireEvent.click(screen.getByText('喀什市'));
    fireEvent.click(screen.getByText('保存'));
    await screen.findByText('茶艺师 · 喀什地区喀什市');
    const sent = api.requests.filter((r) => r.method !== 'GET').map((r) => [r.method, r.body]);
    expect(sent).toEqual([
      ['PUT', { trades: ['茶艺师', '电工'], freeTimes: ['weekend'], areaCode: '653101' }],
      ['POST', { trade: '茶艺师', areaCode: '653101', crs: 'wgs84' }],
      ['POST', { trade: '电工', areaCode: '653101', crs: 'wgs84' }],
    ]);
  });

  it('asks a guest to sign in first', async () => {
    Taro.removeStorageSync('yilu.session');
    const { default: InterestPage } = await import('../interest/index');
    render(<InterestPage />);
    expect(screen.getByText('请先在“我的”页面登录')).toBeTruthy();
    expect(api.requests).toEqual([]);
  });
});
