import type { BodyOf } from '@yilu/client';
import { t } from '../locales/zh-CN';

/** How this platform proves who the worker is: which sign-in operation to call with which body. */
export type SignInRequest = { operation: 'wechatLogin'; body: BodyOf<'wechatLogin'> } | { operation: 'devLogin'; body: BodyOf<'devLogin'> };

/** Platform default; `sign-in.weapp.ts` and `sign-in.h5.ts` replace it in their builds. */
export async function signInRequest(): Promise<SignInRequest> {
  throw new Error(t.me.unsupported);
}

export const signInLabelKey: 'signIn' | 'devSignIn' = 'signIn';
