import { describe, expect, it } from 'vitest';
import { signInRequest as h5SignIn } from '../sign-in.h5';
import { signInRequest as weappSignIn } from '../sign-in.weapp';

describe('platform sign-in', () => {
  it('weapp exchanges a wx.login code', async () => {
    expect(await weappSignIn()).toEqual({ operation: 'wechatLogin', body: { code: 'test-code' } });
  });

  it('h5 asks for the development sign-in; the server decides whether it exists', async () => {
    expect(await h5SignIn()).toEqual({ operation: 'devLogin', body: { nickname: '测试骑手' } });
  });
});
