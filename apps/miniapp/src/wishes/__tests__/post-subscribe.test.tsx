import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
// The stand-in @tarojs/taro resolves to in tests, typed as it is.
import Taro, { router } from '../../../test/taro';
import { startApiStandIn, workerSession } from '../../../test/api-stand-in';
import type { SubscribeMoment } from '../../notifications/subscribe-templates';

// The post tap asks for WeChat subscribe consent as the weapp build resolves `subscribe` (subscribe.weapp.ts),
// and asks nothing as the h5 build does (subscribe.h5.ts).
const build = vi.hoisted(() => ({ platform: 'weapp' as 'weapp' | 'h5' }));
vi.mock('../../notifications/subscribe', async () => {
  const weapp = await import('../../notifications/subscribe.weapp');
  const h5 = await import('../../notifications/subscribe.h5');
  return { askSubscribe: (moment: SubscribeMoment) => (build.platform === 'weapp' ? weapp : h5).askSubscribe(moment) };
});

const POINT_ID = '6650a1b2c3d4e5f601234567';

let api: Awaited<ReturnType<typeof startApiStandIn>>;
beforeAll(async () => {
  api = await startApiStandIn(({ method, path }) => {
    if (method === 'GET' && path.startsWith('/api/v1/wishes/similar')) return { status: 200, body: { items: [] } };
    if (method === 'POST' && path === '/api/v1/me/subscriptions') return { status: 204 };
    if (method === 'POST' && path === '/api/v1/wishes') return { status: 201, body: { id: 'w1' } };
    return undefined;
  });
  vi.stubEnv('TARO_APP_API_BASE', api.base);
  vi.stubEnv('TARO_APP_WECHAT_TEMPLATES', JSON.stringify({ 'report-changed': 'tmpl-report', 'wish-changed': 'tmpl-wish' }));
  router.params = { pointId: POINT_ID, pointName: encodeURIComponent('喀什古城暖心驿站') };
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

/** Fills 提个心愿 at the point it was opened from and taps 提交心愿; answers the subscribe prompt's spy. */
async function tapPost() {
  const prompt = vi.spyOn(Taro, 'requestSubscribeMessage');
  const redirect = vi.spyOn(Taro, 'redirectTo');
  const { default: PostWishPage } = await import('../post/index');
  render(<PostWishPage />);
  fireEvent.click(screen.getByText('楼栋标识'));
  fireEvent.change(screen.getByPlaceholderText('例如：小区楼栋号看不清，晚上送餐找不到楼'), {
    target: { value: '小区楼栋号看不清，晚上找不到楼' },
  });
  fireEvent.click(screen.getByRole('button', { name: '提交心愿' }));
  return { prompt, redirect };
}

const posted = () => api.requests.find((r) => r.method === 'POST' && r.path === '/api/v1/wishes');

describe('the post tap of a wish', () => {
  it('on weapp asks consent for the wish-changed message inside the tap and records the accepted template', async () => {
    build.platform = 'weapp';
    const { prompt, redirect } = await tapPost();
    // Asked before anything was awaited: WeChat shows the prompt only within the tap.
    expect(prompt).toHaveBeenCalledWith({ tmplIds: ['tmpl-wish'] });
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/wishes/detail/index?id=w1' }));
    await waitFor(() =>
      expect(api.requests).toContainEqual({ method: 'POST', path: '/api/v1/me/subscriptions', body: { templateIds: ['tmpl-wish'] } }),
    );
    expect(posted()?.body).toMatchObject({ category: 'building_signs', pointId: POINT_ID });
  });

  it('on h5 asks nothing (no subscribe messages there) and posts the wish', async () => {
    build.platform = 'h5';
    const { prompt, redirect } = await tapPost();
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/wishes/detail/index?id=w1' }));
    expect(prompt).not.toHaveBeenCalled();
    expect(posted()).toBeDefined();
    expect(api.requests.filter((r) => r.path === '/api/v1/me/subscriptions')).toEqual([]);
  });
});
