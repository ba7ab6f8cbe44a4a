import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, startApi, type TestApi } from '../../../test/harness.js';
import { pointBody } from '../../../test/points-fixtures.js';

let api: TestApi;
let kashi: string;
let midong: string;
let worker: string;
let pointId: string;

beforeAll(async () => {
  api = await startApi({ YILU_DEV_LOGIN: 'true' });
  await api.createAccount({
    username: 'kashi',
    password: 'correct-horse-battery',
    displayName: '喀什市人社',
    role: 'district_staff',
    areaCode: '653101',
  });
  await api.createAccount({
    username: 'midong',
    password: 'correct-horse-battery',
    displayName: '米东区人社',
    role: 'district_staff',
    areaCode: '650109',
  });
  kashi = (await api.login('kashi', 'correct-horse-battery')).accessToken;
  midong = (await api.login('midong', 'correct-horse-battery')).accessToken;
  worker = (await api.request('POST', '/api/v1/auth/dev/login', { body: { nickname: '骑手小王' } })).body.accessToken;
  pointId = (await api.request('POST', '/api/v1/points', { token: kashi, body: pointBody() })).body.id;
});
afterAll(() => api?.close());

describe('worker reports about wrong listings', () => {
  it('a worker reports; the staff of that area see it and resolve it; other areas do not', async () => {
    const report = await api.request('POST', `/api/v1/points/${pointId}/reports`, {
      token: worker,
      body: { reason: 'hours_wrong', note: '晚上十点就关门了' },
    });
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ pointName: '喀什古城暖心驿站', status: 'open', reason: 'hours_wrong' });

    const kashiQueue = await api.request('GET', '/api/v1/point-reports?status=open', { token: kashi });
    expect(kashiQueue.body.items.map((r: { id: string }) => r.id)).toEqual([report.body.id]);
    const midongQueue = await api.request('GET', '/api/v1/point-reports', { token: midong });
    expect(midongQueue.body.total).toBe(0);
    expectProblem(
      await api.request('PATCH', `/api/v1/point-reports/${report.body.id}`, { token: midong, body: { status: 'resolved', reply: '好' } }),
      404,
    );

    const handled = await api.request('PATCH', `/api/v1/point-reports/${report.body.id}`, {
      token: kashi,
      body: { status: 'resolved', reply: '已更正营业时间' },
    });
    expect(handled.body).toMatchObject({ status: 'resolved', reply: '已更正营业时间' });
    expectProblem(
      await api.request('PATCH', `/api/v1/point-reports/${report.body.id}`, { token: kashi, body: { status: 'rejected', reply: '再次' } }),
      409,
    );
  });

  it('needs sign-in, a known point and a known reason', async () => {
    expectProblem(await api.request('POST', `/api/v1/points/${pointId}/reports`, { body: { reason: 'closed' } }), 401);
    expectProblem(
      await api.request('POST', '/api/v1/points/0123456789abcdef01234567/reports', { token: worker, body: { reason: 'closed' } }),
      404,
    );
    const bad = await api.request('POST', `/api/v1/points/${pointId}/reports`, { token: worker, body: { reason: 'ugly' } });
    expect(expectProblem(bad, 400).errors?.[0]?.field).toBe('body.reason');
  });
});
