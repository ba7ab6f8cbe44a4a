import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, startApi, type TestApi } from '../../../test/harness.js';
import { pointBody } from '../../../test/points-fixtures.js';

let api: TestApi;
let worker: string;
let otherWorker: string;
let staff: string;
let otherAreaStaff: string;
let provider: string;

// The smallest valid PNG: one transparent pixel.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

async function upload(token: string, file: Buffer, name = 'photo.png') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const res = await fetch(`${api.baseUrl}/api/v1/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, headers: res.headers, body: (await res.json()) as { url: string } };
}

beforeAll(async () => {
  api = await startApi({ YILU_DEV_LOGIN: 'true' });
  worker = (await api.request('POST', '/api/v1/auth/dev/login', { body: { nickname: '骑手甲' } })).body.accessToken;
  otherWorker = (await api.request('POST', '/api/v1/auth/dev/login', { body: { nickname: '骑手乙' } })).body.accessToken;
  await api.createAccount({
    username: 'kashi',
    password: 'correct-horse-battery',
    displayName: '喀什市人社',
    role: 'district_staff',
    areaCode: '653101',
  });
  staff = (await api.login('kashi', 'correct-horse-battery')).accessToken;
  await api.createAccount({
    username: 'midong',
    password: 'correct-horse-battery',
    displayName: '米东区人社',
    role: 'district_staff',
    areaCode: '650109',
  });
  otherAreaStaff = (await api.login('midong', 'correct-horse-battery')).accessToken;
  await api.createAccount({
    username: 'school',
    password: 'correct-horse-battery',
    displayName: '培训学校',
    role: 'provider',
    providerId: 'midong-vtc',
  });
  provider = (await api.login('school', 'correct-horse-battery')).accessToken;
});

/** Opens a photo as the apps do, with the token (or without one). */
const open = (url: string, token?: string) => fetch(api.baseUrl + url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
afterAll(() => api?.close());

describe('photos on reports', () => {
  it('a worker uploads a photo and attaches it to a report; the staff of its area can open it', async () => {
    const point = await api.request('POST', '/api/v1/points', { token: staff, body: pointBody() });
    const uploaded = await upload(worker, png);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.url).toMatch(/^\/api\/v1\/uploads\/[a-f0-9]{24}$/);

    const report = await api.request('POST', `/api/v1/points/${point.body.id}/reports`, {
      token: worker,
      body: { reason: 'closed', note: '门口贴了停业通知', photo: uploaded.body.url },
    });
    expect(report.status).toBe(201);
    const queue = await api.request('GET', '/api/v1/point-reports', { token: staff });
    expect(queue.body.items[0].photo).toBe(uploaded.body.url);

    const image = await open(uploaded.body.url, staff);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await image.arrayBuffer()).equals(png)).toBe(true);
  });

  it('only the author and the staff of the report’s area see a photo; the URL alone is not enough', async () => {
    const point = await api.request('POST', '/api/v1/points', {
      token: staff,
      body: pointBody({ name: '第三个驿站', location: { lng: 75.98, lat: 39.46 } }),
    });
    const { url } = (await upload(worker, png)).body;
    expect((await open(url, worker)).status).toBe(200);
    expect((await open(url, staff)).status).toBe(404);

    await api.request('POST', `/api/v1/points/${point.body.id}/reports`, { token: worker, body: { reason: 'moved', photo: url } });
    expect((await open(url, worker)).status).toBe(200);
    expect((await open(url, staff)).status).toBe(200);
    for (const stranger of [otherWorker, otherAreaStaff, provider]) {
      expect(expectProblem(await api.request('GET', url, { token: stranger }), 404).detail).toBe('照片不存在');
    }
    expectProblem(await api.request('GET', url), 401);
  });

  it('refuses other files, big files, missing files and someone else’s photo', async () => {
    expect(expectProblem((await upload(worker, Buffer.from('%PDF-1.7 not an image'), 'a.pdf')) as never, 415).errors).toEqual([
      { field: 'file', message: '文件类型不支持' },
    ]);
    expectProblem((await upload(worker, Buffer.concat([png, Buffer.alloc(3 * 1024 * 1024)]))) as never, 413);
    const none = await fetch(`${api.baseUrl}/api/v1/uploads`, { method: 'POST', headers: { authorization: `Bearer ${worker}` } });
    expect(none.status).toBe(400);
    expectProblem(
      (await fetch(`${api.baseUrl}/api/v1/uploads`, { method: 'POST' }).then(async (r) => ({
        status: r.status,
        headers: r.headers,
        body: await r.json(),
      }))) as never,
      401,
    );

    const point = await api.request('POST', '/api/v1/points', {
      token: staff,
      body: pointBody({ name: '另一个驿站', location: { lng: 76.0, lat: 39.47 } }),
    });
    const mine = await upload(worker, png);
    const stolen = await api.request('POST', `/api/v1/points/${point.body.id}/reports`, {
      token: otherWorker,
      body: { reason: 'closed', photo: mine.body.url },
    });
    expect(expectProblem(stolen, 400).errors).toEqual([{ field: 'body.photo', message: '照片不存在' }]);
    const external = await api.request('POST', `/api/v1/points/${point.body.id}/reports`, {
      token: worker,
      body: { reason: 'closed', photo: 'https://evil.example/x.png' },
    });
    expect(expectProblem(external, 400).errors?.[0]?.field).toBe('body.photo');
    expectProblem(await api.request('GET', '/api/v1/uploads/0123456789abcdef01234567', { token: staff }), 404);
  });
});
