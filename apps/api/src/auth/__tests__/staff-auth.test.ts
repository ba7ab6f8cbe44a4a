import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, startApi, type TestApi } from '../../../test/harness.js';

let api: TestApi;
const password = 'correct-horse-battery';

beforeAll(async () => {
  api = await startApi({ YILU_LOGIN_MAX_FAILURES: '3' });
  await api.createAccount({ username: 'admin', password, displayName: '管理员', role: 'admin' });
  await api.createAccount({ username: 'kashi01', password, displayName: '喀什市人社', role: 'district_staff', areaCode: '653101' });
  await api.createAccount({ username: 'locked', password, displayName: '被锁', role: 'community_staff', areaCode: '653101001001' });
});
afterAll(() => api?.close());

describe('staff sign-in', () => {
  it('returns an access token, a refresh token and the user', async () => {
    const tokens = await api.login('kashi01', password);
    expect(tokens.user).toMatchObject({ role: 'district_staff', areaCode: '653101', displayName: '喀什市人社' });
    expect(tokens.accessToken.split('.')).toHaveLength(3);
    expect(new Date(tokens.accessTokenExpiresAt).getTime()).toBeGreaterThan(Date.now());

    const me = await api.request('GET', '/api/v1/me', { token: tokens.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: 'district_staff', areaCode: '653101' });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await api.request('POST', '/api/v1/auth/staff/login', { body: { username: 'admin', password: 'nope-nope' } });
    const unknown = await api.request('POST', '/api/v1/auth/staff/login', { body: { username: 'ghost', password: 'nope-nope' } });
    expect(expectProblem(wrong, 401).detail).toBe('用户名或密码错误');
    expect(expectProblem(unknown, 401).detail).toBe('用户名或密码错误');
  });

  it('blocks a username after too many failures, even with the right password', async () => {
    for (let i = 0; i < 3; i++) {
      await api.request('POST', '/api/v1/auth/staff/login', { body: { username: 'locked', password: 'wrong-password' } });
    }
    const res = await api.request('POST', '/api/v1/auth/staff/login', { body: { username: 'locked', password } });
    expect(expectProblem(res, 429).detail).toMatch(/登录失败次数过多/);
  });

  it('refuses a forged, expired-looking or missing token', async () => {
    expectProblem(await api.request('GET', '/api/v1/me'), 401);
    expectProblem(await api.request('GET', '/api/v1/me', { token: 'a.b.c' }), 401);
    const { accessToken } = await api.login('admin', password);
    const [h, p] = accessToken.split('.');
    expectProblem(await api.request('GET', '/api/v1/me', { token: `${h}.${p}.forged-signature` }), 401);
  });
});

describe('refresh tokens', () => {
  it('rotate: each refresh token works once and yields a new one', async () => {
    const first = await api.login('admin', password);
    const second = await api.request('POST', '/api/v1/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    const third = await api.request('POST', '/api/v1/auth/refresh', { body: { refreshToken: second.body.refreshToken } });
    expect(third.status).toBe(200);
  });

  it('reuse of a rotated token revokes the whole family', async () => {
    const first = await api.login('admin', password);
    const second = await api.request('POST', '/api/v1/auth/refresh', { body: { refreshToken: first.refreshToken } });
    const replay = await api.request('POST', '/api/v1/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(expectProblem(replay, 401).detail).toMatch(/已被使用/);
    // The legitimate holder's newer token is dead too.
    const after = await api.request('POST', '/api/v1/auth/refresh', { body: { refreshToken: second.body.refreshToken } });
    expectProblem(after, 401);
  });

  it('two concurrent uses of one token: at most one succeeds', async () => {
    const first = await api.login('admin', password);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => api.request('POST', '/api/v1/auth/refresh', { body: { refreshToken: first.refreshToken } })),
    );
    expect(results.filter((r) => r.status === 200).length).toBeLessThanOrEqual(1);
    expect(results.every((r) => r.status === 200 || r.status === 401)).toBe(true);
  });

  it('logout revokes the refresh token', async () => {
    const tokens = await api.login('admin', password);
    const out = await api.request('POST', '/api/v1/auth/logout', { body: { refreshToken: tokens.refreshToken } });
    expect(out.status).toBe(204);
    expectProblem(await api.request('POST', '/api/v1/auth/refresh', { body: { refreshToken: tokens.refreshToken } }), 401);
  });

  it('an unknown refresh token is 401', async () => {
    const res = await api.request('POST', '/api/v1/auth/refresh', { body: { refreshToken: 'x'.repeat(43) } });
    expectProblem(res, 401);
  });
});
