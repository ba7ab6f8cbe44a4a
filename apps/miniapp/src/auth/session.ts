import Taro from '@tarojs/taro';
import type { TokenPair } from '@yilu/shared';
import { ApiError, apiRequest } from '../api/request';
import { t } from '../locales/zh-CN';
import { signInRequest } from './sign-in';

const STORAGE_KEY = 'yilu.session';

export function loadSession(): TokenPair | null {
  const stored = Taro.getStorageSync(STORAGE_KEY) as TokenPair | '';
  return stored || null;
}

export async function signIn(): Promise<TokenPair> {
  const { path, body } = await signInRequest();
  const pair = await apiRequest<TokenPair>('POST', path, body).catch((error: unknown) => {
    // The development sign-in answers 404 where it is switched off.
    if (error instanceof ApiError && error.status === 404) throw new Error(t.me.notInWechat);
    throw error;
  });
  Taro.setStorageSync(STORAGE_KEY, pair);
  return pair;
}

export async function signOut(): Promise<void> {
  const current = loadSession();
  Taro.removeStorageSync(STORAGE_KEY);
  if (current) await apiRequest('POST', '/auth/logout', { refreshToken: current.refreshToken }).catch(() => undefined);
}
