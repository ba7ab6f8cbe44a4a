import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ServicePoint } from '@yilu/shared';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
// The stand-in @tarojs/taro resolves to in tests, typed as it is.
import Taro, { router } from '../../../../test/taro';
import { startApiStandIn, workerSession } from '../../../../test/api-stand-in';
import type { SubscribeMoment } from '../../../notifications/subscribe-templates';

// The report tap asks for WeChat subscribe consent as the weapp build resolves `subscribe` (subscribe.weapp.ts),
// and asks nothing as the h5 build does (subscribe.h5.ts).
const build = vi.hoisted(() => ({ platform: 'weapp' as 'weapp' | 'h5' }));
vi.mock('../../../notifications/subscribe', async () => {
  const weapp = await import('../../../notifications/subscribe.weapp');
  const h5 = await import('../../../notifications/subscribe.h5');
  return { askSubscribe: (moment: SubscribeMoment) => (build.platform === 'weapp' ? weapp : h5).askSubscribe(moment) };
});

const point: ServicePoint = {
  id: '6650a1b2c3d4e5f601234567',
  kind: 'rest_station',
  name: '喀什古城暖心驿站',
  address: '喀什市吾斯塘博依路 12 号',
  areaCode: '653101',
  location: { lng: 75.9897, lat: 39.4704 },
  crs: 'wgs84',
  amenities: ['hot_water'],
  access: 'public',
  hours: { timezone: 'Asia/Shanghai', alwaysOpen: true, weekly: [], exceptions: [] },
  photos: [],
  status: 'published',
  updatedAt: new Date().toISOString(),
  openNow: true,
};
let api: Awaited<ReturnType<typeof startApiStandIn>>;
beforeAll(async () => {
  api = await startApiStandIn(({ method, path }) => {
    if (method === 'GET' && path.startsWith(`/api/v1/points/${point.id}`)) return { status: 200, body: point };
    if (method === 'POST' && path === '/api/v1/me/subscriptions') return { status: 204 };
    if (method === 'POST' && path === `/api/v1/points/${point.id}/reports`) return { status: 201, body: { id: 'r1' } };
    return undefined;
  });
  vi.stubEnv('TARO_APP_API_BASE', api.base);
  vi.stubEnv('TARO_APP_WECHAT_TEMPLATES', JSON.stringify({ 'report-changed': 'tmpl-report', 'wish-changed': 'tmpl-wish' }));
  router.params = { id: point.id };
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

/** Opens the point, opens the report form and taps 提交反馈; answers the subscribe prompt's spy. */
async function tapReportSend(answers?: Record<string, string>) {
  const prompt = vi.spyOn(Taro, 'requestSubscribeMessage');
  if (answers) prompt.mockResolvedValue(answers);
  const { default: PointPage } = await import('../index');
  render(<PointPage />);
  fireEvent.click(await screen.findByText('信息有误？反馈'));
  fireEvent.click(screen.getByRole('button', { name: '提交反馈' }));
  return prompt;
}

const reportSent = () => api.requests.some((r) => r.method === 'POST' && r.path.endsWith('/reports'));

describe('the report tap on a point', () => {
  it('on weapp asks consent for the report-changed message inside the tap and records the accepted template', async () => {
    build.platform = 'weapp';
    const prompt = await tapReportSend();
    // Asked before anything was awaited: WeChat shows the prompt only within the tap.
    expect(prompt).toHaveBeenCalledWith({ tmplIds: ['tmpl-report'] });
    await screen.findByText('已提交，感谢您的反馈');
    await waitFor(() =>
      expect(api.requests).toContainEqual({ method: 'POST', path: '/api/v1/me/subscriptions', body: { templateIds: ['tmpl-report'] } }),
    );
    expect(reportSent()).toBe(true);
  });

  it('on weapp records nothing when the worker refuses, and the report still goes', async () => {
    build.platform = 'weapp';
    const prompt = await tapReportSend({ 'tmpl-report': 'reject', errMsg: 'requestSubscribeMessage:ok' });
    expect(prompt).toHaveBeenCalledTimes(1);
    await screen.findByText('已提交，感谢您的反馈');
    expect(api.requests.filter((r) => r.path === '/api/v1/me/subscriptions')).toEqual([]);
  });

  it('on h5 asks nothing (no subscribe messages there) and sends the report', async () => {
    build.platform = 'h5';
    const prompt = await tapReportSend();
    await screen.findByText('已提交，感谢您的反馈');
    expect(prompt).not.toHaveBeenCalled();
    expect(reportSent()).toBe(true);
    expect(api.requests.filter((r) => r.path === '/api/v1/me/subscriptions')).toEqual([]);
  });
});
