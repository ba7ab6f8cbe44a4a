import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, startApi, type TestApi } from '../../../test/harness.js';

/** A local stand-in for WeChat's code2session endpoint: code "good-N" maps to openid "openid-N". */
let wechat: Server;
let wechatCalls: URLSearchParams[] = [];
let api: TestApi;
let noDevLogin: TestApi;

beforeAll(async () => {
  wechat = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    wechatCalls.push(url.searchParams);
    const code = url.searchParams.get('js_code') ?? '';
    res.setHeader('content-type', 'application/json');
    if (url.pathname !== '/sns/jscode2session') return res.end(JSON.stringify({ errcode: 404 }));
    if (code.startsWith('good-')) return res.end(JSON.stringify({ openid: `openid-${code.slice(5)}`, session_key: 'k' }));
    res.end(JSON.stringify({ errcode: 40029, errmsg: 'invalid code' }));
  });
  wechat.listen(0, '127.0.0.1');
  await once(wechat, 'listening');
  const base = `http://127.0.0.1:${(wechat.address() as AddressInfo).port}`;
  api = await startApi({
    YILU_WECHAT_APPID: 'wx-test-app',
    YILU_WECHAT_SECRET: 'wx-test-secret',
    YILU_WECHAT_API_BASE: base,
    YILU_DEV_LOGIN: 'true',
  });
  noDevLogin = await startApi();
});
afterAll(async () => {
  await api?.close();
  await noDevLogin?.close();
  wechat?.close();
});

describe('WeChat sign-in', () => {
  it('exchanges a wx.login code for tokens and a worker account', async () => {
    wechatCalls = [];
    const res = await api.request('POST', '/api/v1/auth/wechat/login', { body: { code: 'good-1' } });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ role: 'worker', displayName: '微信用户' });
    expect(wechatCalls[0]?.get('appid')).toBe('wx-test-app');
    expect(wechatCalls[0]?.get('grant_type')).toBe('authorization_code');
    expect(res.body.refreshToken).toBeTruthy();
  });

  it('signs the same openid into the same account, also when two sign-ins race', async () => {
    const results = await Promise.all([1, 2, 3].map(() => api.request('POST', '/api/v1/auth/wechat/login', { body: { code: 'good-7' } })));
    const ids = new Set(results.map((r) => r.body.user.id));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(ids.size).toBe(1);
  });

  it('refuses an invalid code with 401', async () => {
    const res = await api.request('POST', '/api/v1/auth/wechat/login', { body: { code: 'expired' } });
    expect(expectProblem(res, 401).detail).toMatch(/微信登录凭证无效/);
  });

  it('is 503 when WeChat is not configured', async () => {
    expectProblem(await noDevLogin.request('POST', '/api/v1/auth/wechat/login', { body: { code: 'good-1' } }), 503);
  });

  it('a worker cannot use staff endpoints', async () => {
    const { body } = await api.request('POST', '/api/v1/auth/wechat/login', { body: { code: 'good-2' } });
    expectProblem(await api.request('GET', '/api/v1/accounts', { token: body.accessToken }), 403);
  });
});

describe('development sign-in', () => {
  it('works only when enabled', async () => {
    const on = await api.request('POST', '/api/v1/auth/dev/login', { body: { nickname: '测试骑手' } });
    expect(on.status).toBe(200);
    expect(on.body.user).toMatchObject({ role: 'worker', displayName: '测试骑手' });
    expectProblem(await noDevLogin.request('POST', '/api/v1/auth/dev/login', { body: { nickname: '测试骑手' } }), 404);
  });
});
