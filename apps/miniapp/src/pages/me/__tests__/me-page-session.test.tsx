import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// 我的 with an access token that has expired, against a stand-in for the API on a real socket: the worker's
// classes still show after one refresh, and a refused refresh turns the page back to sign-in and says why.
const user = { id: 'w1', role: 'worker', displayName: '早班骑手' };
const pair = (n: number) => ({
  accessToken: `access-${n}`,
  accessTokenExpiresAt: new Date().toISOString(),
  refreshToken: `refresh-token-number-${n}`,
  refreshTokenExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  user,
});
const enrollment = {
  id: 'e1',
  courseId: 'c1',
  courseTitle: '低压电工“一培双证”培训班',
  sessionCount: 10,
  attendedSessions: 3,
  status: 'attending',
  realName: '王建军',
  phone: '138****0001',
  idNumber: '110101********0015',
  group: 'new_employment',
  checkIns: [],
  results: [],
  certificates: [],
  createdAt: new Date().toISOString(),
};

let refreshAnswer: { status: number; body: unknown };
let refreshes = 0;
let server: Server;
beforeAll(async () => {
  server = createServer((req, res) => {
    const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.url === '/api/v1/auth/refresh') {
      refreshes++;
      return send(refreshAnswer.status, refreshAnswer.body);
    }
    if (req.headers.authorization !== 'Bearer access-2')
      return send(401, { title: '未登录或登录已过期', status: 401, detail: '登录已过期，请重新登录' });
    if (req.url === '/api/v1/me/enrollments') return send(200, { items: [enrollment] });
    if (req.url === '/api/v1/me/certificates') return send(200, { items: [] });
    send(404, { title: '不存在', status: 404 });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  vi.stubEnv('TARO_APP_API_BASE', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(() => {
  vi.unstubAllEnvs();
  server.close();
});
beforeEach(() => {
  refreshes = 0;
  Taro.setStorageSync('yilu.session', pair(1));
});
afterEach(cleanup);

const renderPage = async () => {
  const { default: MePage } = await import('../index');
  render(<MePage />);
};

describe('MePage with an expired access token', () => {
  it('renews the sign-in once and shows the classes', async () => {
    refreshAnswer = { status: 200, body: pair(2) };
    await renderPage();
    await waitFor(() => expect(screen.getByText(enrollment.courseTitle)).toBeTruthy());
    expect(refreshes).toBe(1);
    expect(Taro.getStorageSync('yilu.session')).toMatchObject({ accessToken: 'access-2' });
  });

  it('signs out and says so when the refresh is refused', async () => {
    refreshAnswer = { status: 401, body: { title: '未登录或登录已过期', status: 401, detail: '登录凭证已失效' } };
    await renderPage();
    await waitFor(() => expect(screen.getByText('登录已过期，请重新登录')).toBeTruthy());
    expect(screen.getByText('登录后可报名课程、课堂签到、查看证书')).toBeTruthy();
    expect(Taro.getStorageSync('yilu.session')).toBe('');
    expect(refreshes).toBe(1);
  });
});
