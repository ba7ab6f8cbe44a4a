import { computed, ref } from 'vue';
import type { SessionUser, StaffLoginBody, TokenPair } from '@yilu/shared';
import { ApiError, request, type RequestOptions } from '../api/http';
import { saveFile } from '../api/save-file';
import { uploadForm } from '../api/upload';

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

async function withRefresh<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401 || !(await refresh())) throw error;
    return call();
  }
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
  call<T>(method: string, path: string, options: Omit<RequestOptions, 'token'> = {}): Promise<T> {
    return withRefresh(() => request<T>(method, path, { ...options, token: stored.value?.accessToken }));
  },

  /** An authenticated multipart upload with progress. */
  upload<T>(path: string, form: FormData, onProgress: (percent: number) => void): Promise<T> {
    return withRefresh(() => uploadForm<T>(path, form, stored.value?.accessToken ?? null, onProgress));
  },

  /** Downloads a file the API sends as an attachment, saving it under the name the API gives. */
  async download(path: string): Promise<void> {
    const fetchFile = () => fetch(`/api/v1${path}`, { headers: { authorization: `Bearer ${stored.value?.accessToken}` } });
    let res = await fetchFile();
    if (res.status === 401 && (await refresh())) res = await fetchFile();
    if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => ({})));
    const name = decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'export');
    const url = URL.createObjectURL(await res.blob());
    saveFile(url, name);
    URL.revokeObjectURL(url);
  },
};
