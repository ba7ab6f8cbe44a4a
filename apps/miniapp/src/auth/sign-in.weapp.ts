import Taro from '@tarojs/taro';
import type { SignInRequest } from './sign-in';

/** WeChat: a wx.login() code, exchanged by the API through code2session. */
export async function signInRequest(): Promise<SignInRequest> {
  const { code } = await Taro.login();
  return { operation: 'wechatLogin', body: { code } };
}

export const signInLabelKey: 'signIn' | 'devSignIn' = 'signIn';
