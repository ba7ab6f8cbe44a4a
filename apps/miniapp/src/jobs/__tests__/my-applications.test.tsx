import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { JobApplication } from '@yilu/contract';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
// The stand-in @tarojs/taro resolves to in tests, typed as it is.
import Taro from '../../../test/taro';
import { startApiStandIn, workerSession } from '../../../test/api-stand-in';
import { applicationFixture } from './fixtures';

// 我的求职 against a stand-in for the API: each application's state in words, and withdrawing after a confirmation.
const job = (n: number, jobTitle: string) => ({ id: `job${n}`, jobTitle, employerName: '米东区安居物业有限公司', siteName: '物业中心' });
let items: JobApplication[] = [];

let api: Awaited<ReturnType<typeof startApiStandIn>>;
beforeAll(async () => {
  api = await startApiStandIn(({ method, path }) => {
    if (method === 'GET' && path === '/api/v1/me/applications') return { status: 200, body: { items } };
    const withdrawn = items.find((a) => path === `/api/v1/applications/${a.id}`);
    if (method === 'PATCH' && withdrawn) return { status: 200, body: { ...withdrawn, state: 'withdrawn' } };
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
  Taro.setStorageSync('yilu.session', workerSession());
  items = [
    applicationFixture({ id: 'a1', job: job(1, '物业维修电工') }),
    applicationFixture({
      id: 'a2',
      job: job(2, '配电房值班电工'),
      state: 'interview',
      source: 'order_class',
      courseTitle: '低压电工“一培双证”培训班',
      interview: { at: '2026-12-03T02:00:00Z', place: '物业中心二楼' },
    }),
    applicationFixture({ id: 'a3', job: job(3, '小区电工'), state: 'hired', startDate: '2026-12-15' }),
    applicationFixture({ id: 'a4', job: job(4, '商场电工'), state: 'declined', reason: '岗位已招满' }),
  ];
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openMine() {
  const { default: MyApplicationsPage } = await import('../applications/index');
  render(<MyApplicationsPage />);
  await screen.findByText('物业维修电工');
}

const states = () => screen.getAllByTestId('application-state').map((s) => s.textContent);

describe('我的求职', () => {
  it('says each state with what comes next, and offers to withdraw only until the start', async () => {
    await openMine();
    // Beijing time, named as such when the machine's zone is another.
    const interview = expect.stringMatching(/^邀请面试：2026-12-03 10:00(（北京时间）)?，物业中心二楼$/);
    expect(states()).toEqual(['已投递', interview, '已入职：2026-12-15 起上班', '未通过：岗位已招满']);
    expect(screen.getByText('订单班面试机会 · 低压电工“一培双证”培训班')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: '撤回申请' })).toHaveLength(2);
  });

  it('withdraws after the worker confirms, and not when they keep it', async () => {
    const dialog = vi.spyOn(Taro, 'showModal');
    await openMine();
    dialog.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' });
    fireEvent.click(screen.getAllByRole('button', { name: '撤回申请' })[0]!);
    await waitFor(() => expect(dialog).toHaveBeenCalledTimes(1));
    expect(dialog.mock.calls[0]![0]).toMatchObject({ content: '确定撤回对「物业维修电工」的申请吗？撤回后不能恢复。' });
    expect(api.requests.filter((r) => r.method === 'PATCH')).toEqual([]);

    fireEvent.click(screen.getAllByRole('button', { name: '撤回申请' })[0]!);
    await screen.findByText('已撤回申请');
    expect(api.requests.filter((r) => r.method === 'PATCH')).toEqual([
      { method: 'PATCH', path: '/api/v1/applications/a1', body: { action: 'withdraw' } },
    ]);
    expect(states()[0]).toBe('已撤回');
    expect(screen.getAllByRole('button', { name: '撤回申请' })).toHaveLength(1);
  });

  it('asks a guest to sign in first', async () => {
    Taro.removeStorageSync('yilu.session');
    const { default: MyApplicationsPage } = await import('../applications/index');
    render(<MyApplicationsPage />);
    expect(screen.getByText('登录后可查看您申请的工作')).toBeTruthy();
  });
});
