import Taro from '@tarojs/taro';
import { ApiError } from '@yilu/client';

/** An answer, fresh or the last one saved: `offline` when the network failed and `savedAt` says from when. */
export interface Cached<T> {
  data: T;
  savedAt: number;
  offline: boolean;
}

const PREFIX = 'yilu.offline.';
const INDEX_KEY = `${PREFIX}index`;
/** Points opened, classes viewed…: the oldest saved answers make room beyond this many. */
const MAX_ENTRIES = 200;

type Saved<T> = { data: T; savedAt: number };

/** One storage key per operation and input, e.g. `getPoint:{"id":"…","crs":"gcj02"}`. */
export const cacheKey = (operation: string, input: unknown = {}) => `${PREFIX}${operation}:${JSON.stringify(input)}`;

/** Status 0 is how the typed client says the request never got an answer (no signal, timeout). */
export const isOffline = (error: unknown) => error instanceof ApiError && error.status === 0;

export function readSaved<T>(key: string): Saved<T> | null {
  return (Taro.getStorageSync(key) as Saved<T> | '') || null;
}

export function forget(key: string): void {
  Taro.removeStorageSync(key);
}

/** Forgets every saved answer of one operation, whatever its input (e.g. each job opened, with the worker's fit). */
export function forgetOperation(operation: string): void {
  const prefix = cacheKey(operation).slice(0, -'{}'.length);
  const index = ((Taro.getStorageSync(INDEX_KEY) as string[] | '') || []).filter((key) => {
    if (!key.startsWith(prefix)) return true;
    Taro.removeStorageSync(key);
    return false;
  });
  Taro.setStorageSync(INDEX_KEY, index);
}

function save<T>(key: string, data: T, savedAt: number) {
  Taro.setStorageSync(key, { data, savedAt });
  const index = ((Taro.getStorageSync(INDEX_KEY) as string[] | '') || []).filter((k) => k !== key);
  index.push(key);
  for (const old of index.splice(0, Math.max(0, index.length - MAX_ENTRIES))) Taro.removeStorageSync(old);
  Taro.setStorageSync(INDEX_KEY, index);
}

/**
 * Loads through the network and saves the answer; without a network answers the saved one, marked offline.
 * Other failures (404, 401…) are the server's answer and pass through.
 */
export async function readThrough<T>(key: string, load: () => Promise<T>, now = Date.now): Promise<Cached<T>> {
  try {
    const data = await load();
    const savedAt = now();
    save(key, data, savedAt);
    return { data, savedAt, offline: false };
  } catch (error) {
    const saved = isOffline(error) ? readSaved<T>(key) : null;
    if (!saved) throw error;
    return { ...saved, offline: true };
  }
}
