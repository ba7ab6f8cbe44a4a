import { ApiError, type TokenPair } from '@yilu/client';
import { api } from '../api/client';
import { t } from '../locales/zh-CN';
import { signInRequest } from './sign-in';
import { tokenStore } from './token-store';

export const loadSession = (): TokenPair | null => tokenStore.get();

/** Stops a worker-only action early with "sign in on 我的 first" instead of the API's 401. */
export function requireSignIn(): void {
  if (!tokenStore.get()) throw new Error(t.point.signInFirst);
}

export async function signIn(): Promise<TokenPair> {
  const request = await signInRequest();
  const signingIn = request.operation === 'wechatLogin' ? api.wechatLogin({ body: request.body }) : api.devLogin({ body: request.body });
  const pair = await signingIn.catch((error: unknown) => {
    // The development sign-in answers 404 where it is switched off.
    if (error instanceof ApiError && error.status === 404) throw new Error(t.me.notInWechat);
    throw error;
  });
  tokenStore.set(pair);
  return pair;
}

export async function signOut(): Promise<void> {
  const current = tokenStore.get();
  tokenStore.set(null);
  if (current) await api.logout({ body: { refreshToken: current.refreshToken } }).catch(() => undefined);
}
