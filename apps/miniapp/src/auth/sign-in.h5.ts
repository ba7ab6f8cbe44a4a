import type { SignInRequest } from './sign-in';

/**
 * Browser: there is no WeChat identity, so the only sign-in is the development one. The server decides whether
 * it exists (404 outside development); the session turns that answer into "open it in WeChat".
 */
export async function signInRequest(): Promise<SignInRequest> {
  return { operation: 'devLogin', body: { nickname: '测试骑手' } };
}

export const signInLabelKey: 'signIn' | 'devSignIn' = process.env.TARO_APP_DEV_LOGIN === 'true' ? 'devSignIn' : 'signIn';
