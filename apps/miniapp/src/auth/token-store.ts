import Taro from '@tarojs/taro';
import type { TokenPair, TokenStore } from '@yilu/client';

const STORAGE_KEY = 'yilu.session';

/** `message` says why the worker was signed out, when it was not their own doing. */
type Listener = (pair: TokenPair | null, message?: string) => void;
const listeners = new Set<Listener>();

/** The worker's tokens in Taro storage; pages listen, so that a sign-out anywhere shows everywhere. */
export const tokenStore: TokenStore = {
  get: () => (Taro.getStorageSync(STORAGE_KEY) as TokenPair | '') || null,
  set(pair) {
    if (pair) Taro.setStorageSync(STORAGE_KEY, pair);
    else Taro.removeStorageSync(STORAGE_KEY);
    for (const listener of listeners) listener(pair);
  },
};

/** The client refused to renew the sign-in (and already cleared the tokens): tell the pages why. */
export function announceSignedOut(message: string): void {
  for (const listener of listeners) listener(null, message);
}

export function onTokensChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
