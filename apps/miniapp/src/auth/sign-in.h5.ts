import { t } from '../locales/zh-CN';
import type { SignInRequest } from './sign-in';

/** Browser: there is no WeChat identity, so only the development sign-in exists, and only when enabled. */
export async function signInRequest(): Promise<SignInRequest> {
  if (process.env.TARO_APP_DEV_LOGIN !== 'true') throw new Error(t.me.notInWechat);
  return { path: '/auth/dev/login', body: { nickname: '测试骑手' } };
}

export const signInLabelKey: 'signIn' | 'devSignIn' = 'devSignIn';
