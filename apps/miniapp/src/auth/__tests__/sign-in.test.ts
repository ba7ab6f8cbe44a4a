import { afterEach, describe, expect, it } from 'vitest';
import { signInRequest as h5SignIn } from '../sign-in.h5';
import { signInRequest as weappSignIn } from '../sign-in.weapp';

const original = process.env.TARO_APP_DEV_LOGIN;
afterEach(() => {
  process.env.TARO_APP_DEV_LOGIN = original;
});

describe('platform sign-in', () => {
  it('weapp exchanges a wx.login code', async () => {
    expect(await weappSignIn()).toEqual({ path: '/auth/wechat/login', body: { code: 'test-code' } });
  });

  it('h5 uses the development sign-in only when it is enabled', async () => {
    process.env.TARO_APP_DEV_LOGIN = 'false';
    await expect(h5SignIn()).rejects.toThrow('请在微信中打开驿路小程序登录');
    process.env.TARO_APP_DEV_LOGIN = 'true';
    expect(await h5SignIn()).toEqual({ path: '/auth/dev/login', body: { nickname: '测试骑手' } });
  });
});
