import { describe, expect, it, vi } from 'vitest';
import { ApiError, createClient } from '../index.js';
import { bearer, deferred, fakeNetwork, memoryTokens, messages, pair } from './fake-network.js';
import type { TransportRequest } from '../transport.js';

const expired = { status: 401, json: { type: 'about:blank', title: '未登录或登录已过期', status: 401, detail: '登录已过期，请重新登录' } };
const enrollment = { id: 'e1', status: 'applied' };

/** The API as it behaves once access-1 has expired: only access-2 is accepted. */
function expiringApi(refreshAnswer: () => Promise<{ status: number; json?: unknown } | 'offline'>) {
  return fakeNetwork(async (r: TransportRequest) => {
    if (r.url.endsWith('/auth/refresh')) return refreshAnswer();
    return bearer(r) === 'Bearer access-2' ? { status: 200, json: { items: [enrollment] } } : expired;
  });
}

function setup(refreshAnswer: () => Promise<{ status: number; json?: unknown } | 'offline'>) {
  const net = expiringApi(refreshAnswer);
  const tokens = memoryTokens(pair(1));
  const onSignedOut = vi.fn();
  const client = createClient({ transport: net.transport, tokens, messages, onSignedOut });
  return { net, tokens, onSignedOut, client };
}

describe('token policy', () => {
  it('shares one refresh among every call that got a 401, then retries each once', async () => {
    const answer = deferred<{ status: number; json: unknown }>();
    const { net, tokens, client } = setup(() => answer.promise);
    const calls = [client.myEnrollments(), client.myCertificates(), client.getMe()];
    await vi.waitFor(() => expect(net.requests.filter((r) => bearer(r) === 'Bearer access-1')).toHaveLength(3));
    answer.resolve({ status: 200, json: pair(2) });
    await Promise.all(calls);

    expect(net.to('/auth/refresh')).toHaveLength(1);
    expect(JSON.parse(net.to('/auth/refresh')[0]!.body!)).toEqual({ refreshToken: pair(1).refreshToken });
    expect(net.requests.filter((r) => bearer(r) === 'Bearer access-2')).toHaveLength(3);
    expect(tokens.current?.accessToken).toBe('access-2');
  });

  it('does not refresh again for a 401 that comes back after another call already refreshed', async () => {
    const slow = deferred<void>();
    const net = fakeNetwork(async (r) => {
      if (r.url.endsWith('/auth/refresh')) return { status: 200, json: pair(2) };
      if (r.url.endsWith('/me/certificates') && bearer(r) === 'Bearer access-1') await slow.promise;
      return bearer(r) === 'Bearer access-2' ? { status: 200, json: { items: [] } } : expired;
    });
    const client = createClient({ transport: net.transport, tokens: memoryTokens(pair(1)), messages });
    const late = client.myCertificates();
    await client.myEnrollments();
    slow.resolve();
    await late;
    expect(net.to('/auth/refresh')).toHaveLength(1);
    expect(net.to('/me/certificates').map(bearer)).toEqual(['Bearer access-1', 'Bearer access-2']);
  });

  it('retries only once: a second 401 is the answer', async () => {
    const net = fakeNetwork((r) => (r.url.endsWith('/auth/refresh') ? { status: 200, json: pair(2) } : expired));
    const client = createClient({ transport: net.transport, tokens: memoryTokens(pair(1)), messages });
    const error = await client.myEnrollments().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(net.to('/me/enrollments')).toHaveLength(2);
    expect(net.to('/auth/refresh')).toHaveLength(1);
  });

  it('signs out once and says so when the refresh token is refused', async () => {
    const answer = deferred<{ status: number; json: unknown }>();
    const { net, tokens, client, onSignedOut } = setup(() => answer.promise);
    const calls = [client.myEnrollments(), client.myCertificates()].map((p) => p.catch((e: unknown) => e));
    await vi.waitFor(() => expect(net.requests).toHaveLength(3));
    answer.resolve({ status: 401, json: { title: '未登录或登录已过期', status: 401, detail: '登录凭证无效' } });
    const errors = (await Promise.all(calls)) as ApiError[];

    for (const error of errors) {
      expect(error).toBeInstanceOf(ApiError);
      expect(error.status).toBe(401);
      expect(error.message).toBe(messages.signedOut);
    }
    expect(tokens.current).toBeNull();
    expect(onSignedOut).toHaveBeenCalledTimes(1);
    expect(onSignedOut).toHaveBeenCalledWith(messages.signedOut);
  });

  it('keeps the tokens and reports the network when the refresh cannot reach the API', async () => {
    const { tokens, client, onSignedOut } = setup(async () => 'offline');
    const error = (await client.myEnrollments().catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.message).toBe(messages.network);
    expect(tokens.current?.accessToken).toBe('access-1');
    expect(onSignedOut).not.toHaveBeenCalled();
  });

  it('keeps the tokens when the refresh is only rate limited', async () => {
    const { tokens, client, onSignedOut } = setup(async () => ({
      status: 429,
      json: { title: '请求过于频繁', status: 429, detail: '请稍后再试' },
    }));
    const error = (await client.myEnrollments().catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(429);
    expect(tokens.current).not.toBeNull();
    expect(onSignedOut).not.toHaveBeenCalled();
  });

  it('does not refresh for a public operation or when nobody is signed in', async () => {
    const net = fakeNetwork(() => ({ status: 401, json: { title: '用户名或密码错误', status: 401 } }));
    const signedIn = createClient({ transport: net.transport, tokens: memoryTokens(pair(1)), messages });
    await expect(signedIn.staffLogin({ body: { username: 'admin', password: 'wrong' } })).rejects.toThrow('用户名或密码错误');
    const guest = createClient({ transport: net.transport, tokens: memoryTokens(null), messages });
    await expect(guest.myEnrollments()).rejects.toBeInstanceOf(ApiError);
    expect(net.to('/auth/refresh')).toHaveLength(0);
    expect(net.requests.map(bearer)).toEqual([undefined, undefined]);
  });
});
