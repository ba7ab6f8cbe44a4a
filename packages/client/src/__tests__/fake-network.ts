import type { TokenPair, TokenStore } from '../token-policy.js';
import type { Transport, TransportRequest, TransportResponse } from '../transport.js';

export const messages = { network: '网络不好，请稍后再试', signedOut: '登录已过期，请重新登录', server: '服务出错了，请稍后再试' };

export const pair = (n: number): TokenPair => ({
  accessToken: `access-${n}`,
  accessTokenExpiresAt: new Date(Date.now() + 60_000).toISOString(),
  refreshToken: `refresh-token-number-${n}`,
  refreshTokenExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  user: { id: 'u1', role: 'worker', displayName: '测试骑手' },
});

export function memoryTokens(initial: TokenPair | null): TokenStore & { current: TokenPair | null } {
  return {
    current: initial,
    get() {
      return this.current;
    },
    set(next) {
      this.current = next;
    },
  };
}

type Reply = Omit<Partial<TransportResponse>, 'headers'> & { status: number; headers?: Record<string, string> };
type Handler = (request: TransportRequest) => Reply | 'offline' | Promise<Reply | 'offline'>;

/** A stand-in for the network: records every request and answers with `handler`; 'offline' rejects like fetch does. */
export function fakeNetwork(handler: Handler) {
  const requests: TransportRequest[] = [];
  const transport: Transport = async (request) => {
    requests.push(request);
    await Promise.resolve();
    const reply = await handler(request);
    if (reply === 'offline') throw new TypeError('fetch failed');
    const headers = new Headers(reply.headers);
    return { ...reply, headers };
  };
  const to = (path: string) => requests.filter((r) => new URL(r.url, 'http://x').pathname === `/api/v1${path}`);
  return { transport, requests, to };
}

/** A promise resolved from outside: holds the refresh's answer until every call has had its 401. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export const bearer = (r: TransportRequest) => r.headers.authorization;
