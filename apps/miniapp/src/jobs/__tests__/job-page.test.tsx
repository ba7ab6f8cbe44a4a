import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Job } from '@yilu/contract';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
// The stand-in @tarojs/taro resolves to in tests, typed as it is.
import Taro, { router } from '../../../test/taro';
import { startApiStandIn, workerSession } from '../../../test/api-stand-in';
import { applicationFixture, jobFixture } from './fixtures';

// 岗位详情 against a stand-in for the API: the fit and the pathway to a class, and the application with consent.
const qualified: Job = { ...jobFixture(), fit: { qualifies: true, matched: [], missing: [] } };
let job: Job = qualified;
let applyAnswer: { status: number; body: unknown } = { status: 201, body: applicationFixture() };
const enrollment = (realName: string, createdAt: string) => ({
  id: realName,
  courseTitle: '电工班',
  realName,
  phone: '138****0001',
  createdAt,
});

let api: Awaited<ReturnType<typeof startApiStandIn>>;
beforeAll(async () => {
  api = await startApiStandIn(({ method, path }) => {
    if (method === 'GET' && path.startsWith(`/api/v1/jobs/${job.id}?`)) return { status: 200, body: job };
    if (method === 'POST' && path === `/api/v1/jobs/${job.id}/applications`) {
      if (applyAnswer.status === 201) job = { ...job, myApplication: { id: 'a1', state: 'applied' } };
      return applyAnswer;
    }
    if (method === 'GET' && path === '/api/v1/me/enrollments') {
      const items = [enrollment('张明', '2026-10-01T08:00:00+08:00'), enrollment('王建军', '2026-11-20T08:00:00+08:00')];
      return { status: 200, body: { items } };
    }
    return undefined;
  });
  vi.stubEnv('TARO_APP_API_BASE', api.base);
  router.params = { id: qualified.id };
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await api.close();
});
beforeEach(() => {
  api.requests.length = 0;
  job = qualified;
  applyAnswer = { status: 201, body: applicationFixture() };
  Taro.setStorageSync('yilu.session', workerSession());
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function openJobPage() {
  const { default: JobPage } = await import('../detail/index');
  render(<JobPage />);
  await screen.findByText('物业维修电工');
}

const applications = () => api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/applications'));
const fieldOf = (name: string) => screen.getByLabelText(name).parentElement!;

describe('the job page', () => {
  it('says the pay, the shifts and that the worker qualifies; 申请 opens the form with the name of the latest class', async () => {
    await openJobPage();
    expect(screen.getAllByText('5,000–8,000 元/月')).toHaveLength(1);
    expect(screen.getByText('白班、倒班')).toBeTruthy();
    expect(screen.getByText('招 3 人 · 2026-12-31 截止报名')).toBeTruthy();
    expect(screen.getByTestId('job-fit').textContent).toBe('✔ 符合条件');
    fireEvent.click(screen.getByRole('button', { name: '申请' }));
    await waitFor(() => expect((screen.getByLabelText('真实姓名') as HTMLInputElement).value).toBe('王建军'));
    expect((screen.getByLabelText('手机号') as HTMLInputElement).value).toBe('');
    const consent = within(screen.getByTestId('apply-consent')).getByRole('checkbox');
    expect(consent.getAttribute('aria-label')).toBe(
      '我同意把我的姓名和这个岗位要求的证书给「米东区安居物业有限公司」看；手机号只在对方邀请我面试后才给对方看。',
    );
  });

  it('names each wrong field in Chinese beside it, its own check first and then the server’s, and sends nothing wrong', async () => {
    await openJobPage();
    fireEvent.click(screen.getByRole('button', { name: '申请' }));
    await waitFor(() => expect((screen.getByLabelText('真实姓名') as HTMLInputElement).value).toBe('王建军'));
    fireEvent.change(screen.getByLabelText('手机号'), { target: { value: '2380000' } });
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    expect(within(fieldOf('手机号')).getByText('手机号须为 1 开头的 11 位数字')).toBeTruthy();
    expect(screen.getByText('请阅读并同意个人信息使用说明')).toBeTruthy();
    expect(applications()).toEqual([]);

    applyAnswer = {
      status: 400,
      body: {
        title: '请求参数有误',
        status: 400,
        detail: '请检查标出的字段',
        errors: [{ field: 'body.phone', message: '手机号已被停用' }],
      },
    };
    fireEvent.change(screen.getByLabelText('手机号'), { target: { value: '13800000001' } });
    fireEvent.click(screen.getByTestId('apply-consent'));
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    expect(await within(fieldOf('手机号')).findByText('手机号已被停用')).toBeTruthy();
    expect(screen.getByTestId('apply-message').textContent).toBe('请检查标出的字段');
  });

  it('sends the name, the phone and the consent, and then shows the application’s state', async () => {
    await openJobPage();
    fireEvent.click(screen.getByRole('button', { name: '申请' }));
    await waitFor(() => expect((screen.getByLabelText('真实姓名') as HTMLInputElement).value).toBe('王建军'));
    fireEvent.change(screen.getByLabelText('手机号'), { target: { value: '13800000001' } });
    fireEvent.click(screen.getByTestId('apply-consent'));
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    expect((await screen.findByTestId('my-application')).textContent).toContain('我的申请：已投递');
    expect(applications().map((r) => r.body)).toEqual([{ realName: '王建军', phone: '13800000001', consent: true }]);
    expect(screen.getByTestId('apply-message').textContent).toBe('已投递，用人单位邀请面试后会在“我的求职”里告诉您');
  });

  it('names the missing certificate and the class nearby that ends in it, a tap away; 申请 waits for the certificate', async () => {
    job = jobFixture();
    const moves = vi.spyOn(Taro, 'navigateTo');
    await openJobPage();
    expect(screen.getByTestId('job-fit').textContent).toBe('缺少：电工特种作业操作证');
    expect(screen.getByTestId('job-missing').textContent).toContain('结业能拿到「电工特种作业操作证」的课程');
    const pathway = screen.getByTestId('pathway-class');
    expect(pathway.textContent).toContain('低压电工“一培双证”培训班');
    expect(pathway.textContent).toContain('米东区职业技能培训学校 · 12月8日 开课 · 1.2 公里 · 剩余 12 个名额');
    fireEvent.click(pathway);
    expect(moves).toHaveBeenCalledWith({ url: '/pages/course/index?id=6650a1b2c3d4e5f601239999' });
    expect((screen.getByRole('button', { name: '取得缺少的证书后可申请' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('opens again without signal, and forgets every job opened (with the worker’s fit) at sign-out', async () => {
    await openJobPage();
    cleanup();
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('fetch failed'));
    await openJobPage();
    expect(screen.getByTestId('offline-banner').textContent).toMatch(/^离线 · 保存于/);
    const saved = `yilu.offline.getJob:${JSON.stringify({ id: qualified.id, crs: 'wgs84' })}`;
    expect(Taro.getStorageSync(saved)).not.toBe('');
    const { signOut } = await import('../../auth/session');
    await signOut();
    expect(Taro.getStorageSync(saved)).toBe('');
  });

  it('asks a guest to sign in to see the fit and to apply', async () => {
    Taro.removeStorageSync('yilu.session');
    job = { ...qualified, fit: undefined };
    await openJobPage();
    expect(screen.getByTestId('job-fit').textContent).toBe('登录后可查看您是否符合条件');
    expect(screen.getByRole('button', { name: '登录后申请' })).toBeTruthy();
  });
});
