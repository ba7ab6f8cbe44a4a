import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
// The stand-in @tarojs/taro resolves to in tests, typed as it is.
import Taro from '../../../test/taro';
import { startApiStandIn, workerSession } from '../../../test/api-stand-in';
import { jobFixture } from './fixtures';

// 工作 against a stand-in for the API: the jobs near the phone with the worker's fit, the filters, and the saved list
// when there is no signal.
const electrician = jobFixture();
const welder = jobFixture({
  id: '6650a1b2c3d4e5f601234568',
  jobTitle: '钢结构焊工',
  employerName: '米东区新材料产业园',
  trade: { name: '焊工' },
  payFen: { min: 600_000, max: 900_000 },
  shifts: ['night'],
  distanceM: 3400,
  fit: { qualifies: true, matched: [], missing: [] },
});

let api: Awaited<ReturnType<typeof startApiStandIn>>;
beforeAll(async () => {
  api = await startApiStandIn(({ method, path }) => {
    if (method !== 'GET' || !path.startsWith('/api/v1/jobs?')) return undefined;
    const query = new URLSearchParams(path.split('?')[1]);
    const items = query.get('qualified') === 'true' ? [welder] : [electrician, welder];
    return { status: 200, body: { items, total: items.length, page: 1, pageSize: 50 } };
  });
  vi.stubEnv('TARO_APP_API_BASE', api.base);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await api.close();
});
beforeEach(() => {
  api.requests.length = 0;
  Taro.setStorageSync('yilu.session', workerSession());
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openJobs() {
  const { default: JobsPage } = await import('../../pages/jobs/index');
  render(<JobsPage />);
  await screen.findByText('钢结构焊工');
}

const cards = () => screen.queryAllByTestId('job-card').map((c) => c.textContent);
const lastQuery = () => new URLSearchParams(api.requests.at(-1)!.path.split('?')[1]);

describe('the 工作 tab', () => {
  it('lists the jobs near the phone: post, employer, monthly pay, distance, shifts, and plainly whether the worker fits', async () => {
    await openJobs();
    // No location on this phone: Kashgar's centre, in the map's system.
    expect(Object.fromEntries(lastQuery())).toMatchObject({ lng: '75.9897', lat: '39.4704', crs: 'wgs84', pageSize: '50' });
    expect(cards()).toEqual([
      '物业维修电工850 米米东区安居物业有限公司5,000–8,000 元/月白班、倒班 · 电工 · 招 3 人缺少：电工特种作业操作证',
      '钢结构焊工3.4 公里米东区新材料产业园6,000–9,000 元/月夜班 · 焊工 · 招 3 人✔ 符合条件',
    ]);
  });

  it('asks for 只看我能报的, a trade and a minimum pay only when chosen', async () => {
    await openJobs();
    fireEvent.click(screen.getByRole('switch', { name: '只看我能报的' }));
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(lastQuery().get('qualified')).toBe('true');
    fireEvent.click(screen.getByText('焊工'));
    await waitFor(() => expect(lastQuery().get('trade')).toBe('焊工'));
    fireEvent.click(screen.getByText('6,000 元以上'));
    await waitFor(() => expect(lastQuery().get('minPayFen')).toBe('600000'));
  });

  it('offers 只看我能报的 to a signed-in worker only', async () => {
    Taro.removeStorageSync('yilu.session');
    await openJobs();
    expect(screen.queryByRole('switch')).toBeNull();
    expect(lastQuery().get('qualified')).toBeNull();
  });

  it('without signal shows the list saved last, says from when, and filters it on the phone', async () => {
    await openJobs();
    cleanup();
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('fetch failed'));
    await openJobs();
    expect(screen.getByTestId('offline-banner').textContent).toMatch(/^离线 · 保存于 \d\d:\d\d$/);
    fireEvent.click(screen.getByText('焊工'));
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(cards()[0]).toContain('钢结构焊工');
  });

  it('forgets the saved list, with the worker’s fit, at sign-out', async () => {
    await openJobs();
    expect(Taro.getStorageSync('yilu.offline.listJobs:{}')).not.toBe('');
    const { signOut } = await import('../../auth/session');
    await signOut();
    expect(Taro.getStorageSync('yilu.offline.listJobs:{}')).toBe('');
  });
});
