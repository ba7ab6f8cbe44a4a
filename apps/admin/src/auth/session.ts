import { computed, ref } from 'vue';
import type { SessionUser, StaffLoginBody, TokenPair } from '@yilu/shared';
import { ApiError, request, type RequestOptions } from '../api/http';

const STORAGE_KEY = 'yilu.admin.session';

const stored = ref<TokenPair | null>(load());

function load(): TokenPair | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as TokenPair) : null;
  } catch {
    return null;
  }
}

function save(pair: TokenPair | null) {
  stored.value = pair;
  if (pair) localStorage.setItem(STORAGE_KEY, JSON.stringify(pair));
  else localStorage.removeItem(STORAGE_KEY);
}

let refreshing: Promise<boolean> | null = null;

/** Rotates the refresh token once, shared by every call that hit a 401 at the same time. */
function refresh(): Promise<boolean> {
  const current = stored.value;
  if (!current) return Promise.resolve(false);
  refreshing ??= request<TokenPair>('POST', '/auth/refresh', { body: { refreshToken: current.refreshToken } })
    .then((pair) => {
      save(pair);
      return true;
    })
    .catch(() => {
      save(null);
      return false;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

export const session = {
  user: computed<SessionUser | null>(() => stored.value?.user ?? null),
  isSignedIn: computed(() => stored.value !== null),

  async login(body: StaffLoginBody) {
    save(await request<TokenPair>('POST', '/auth/staff/login', { body }));
  },

  async logout() {
    const current = stored.value;
    save(null);
    if (current) await request('POST', '/auth/logout', { body: { refreshToken: current.refreshToken } }).catch(() => undefined);
  },

  /** An authenticated API call; on 401 it refreshes once and retries, then gives up and signs out. */
  async call<T>(method: string, path: string, options: Omit<RequestOptions, 'token'> = {}): Promise<T> {
    try {
      return await request<T>(method, path, { ...options, token: stored.value?.accessToken });
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401 || !(await refresh())) throw error;
      return request<T>(method, path, { ...options, token: stored.value?.accessToken });
    }
  },
};
