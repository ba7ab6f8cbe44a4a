import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, startApi, type TestApi } from '../../../test/harness.js';

let api: TestApi;
let adminToken: string;
let staffToken: string;
const password = 'correct-horse-battery';

beforeAll(async () => {
  api = await startApi();
  await api.createAccount({ username: 'root', password, displayName: '管理员', role: 'admin' });
  await api.createAccount({ username: 'midong', password, displayName: '米东区人社', role: 'district_staff', areaCode: '650109' });
  adminToken = (await api.login('root', password)).accessToken;
  staffToken = (await api.login('midong', password)).accessToken;
});
afterAll(() => api?.close());

const newStaff = {
  username: 'changji01',
  password: 'a-good-password',
  displayName: '昌吉市人社',
  role: 'district_staff',
  areaCode: '652301',
};

describe('accounts (admin)', () => {
  it('admin creates a staff account that can then sign in', async () => {
    const res = await api.request('POST', '/api/v1/accounts', { token: adminToken, body: newStaff });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ username: 'changji01', role: 'district_staff', areaCode: '652301', disabled: false });
    expect(res.body).not.toHaveProperty('passwordHash');
    const tokens = await api.login('changji01', 'a-good-password');
    expect(tokens.user.role).toBe('district_staff');
  });

  it('a duplicate username is 409 naming the field', async () => {
    const res = await api.request('POST', '/api/v1/accounts', { token: adminToken, body: newStaff });
    expect(expectProblem(res, 409).errors).toEqual([{ field: 'body.username', message: '用户名已被使用' }]);
  });

  it('bad bodies are 400 listing every invalid field', async () => {
    const res = await api.request('POST', '/api/v1/accounts', {
      token: adminToken,
      body: { username: 'x', password: 'short', displayName: '', role: 'god' },
    });
    const fields = expectProblem(res, 400)
      .errors!.map((e) => e.field)
      .sort();
    expect(fields).toEqual(['body.displayName', 'body.password', 'body.role', 'body.username']);
  });

  it('unknown fields and $-operators are rejected, nothing is stored', async () => {
    const before = await api.ctx.models.Account.countDocuments();
    const extra = await api.request('POST', '/api/v1/accounts', {
      token: adminToken,
      body: { ...newStaff, username: 'x2y', isRoot: true },
    });
    expect(expectProblem(extra, 400).errors).toContainEqual({ field: 'body.isRoot', message: '不允许的字段' });
    const op = await api.request('POST', '/api/v1/accounts', { token: adminToken, body: { ...newStaff, username: { $gt: '' } } });
    expect(expectProblem(op, 400).errors?.[0]?.field).toBe('body.username');
    const login = await api.request('POST', '/api/v1/auth/staff/login', { body: { username: { $ne: 'x' }, password: { $ne: 'x' } } });
    expectProblem(login, 400);
    expect(await api.ctx.models.Account.countDocuments()).toBe(before);
  });

  it('role scope is checked: area staff need an area', async () => {
    const res = await api.request('POST', '/api/v1/accounts', {
      token: adminToken,
      body: { ...newStaff, username: 'noarea', areaCode: undefined },
    });
    expect(expectProblem(res, 400).errors?.[0]?.field).toBe('body.areaCode');
  });

  it('lists with paging and search', async () => {
    const res = await api.request('GET', '/api/v1/accounts?page=1&pageSize=2&q=%E4%BA%BA%E7%A4%BE', { token: adminToken });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items).toHaveLength(2);
    expectProblem(await api.request('GET', '/api/v1/accounts?pageSize=1000', { token: adminToken }), 400);
    const regex = await api.request('GET', '/api/v1/accounts?q=.*', { token: adminToken });
    expect(regex.body.total).toBe(0);
  });

  it('disabling an account stops its sign-in and its current token at once', async () => {
    const created = await api.request('POST', '/api/v1/accounts', {
      token: adminToken,
      body: { ...newStaff, username: 'leaver', role: 'provider', areaCode: undefined, providerId: 'school-1' },
    });
    const tokens = await api.login('leaver', 'a-good-password');
    const res = await api.request('PATCH', `/api/v1/accounts/${created.body.id}`, { token: adminToken, body: { disabled: true } });
    expect(res.body.disabled).toBe(true);
    expectProblem(await api.request('GET', '/api/v1/me', { token: tokens.accessToken }), 401);
    expectProblem(await api.request('POST', '/api/v1/auth/refresh', { body: { refreshToken: tokens.refreshToken } }), 401);
    const login = await api.request('POST', '/api/v1/auth/staff/login', { body: { username: 'leaver', password: 'a-good-password' } });
    expectProblem(login, 403);
  });

  it('an admin cannot disable themself', async () => {
    const me = await api.request('GET', '/api/v1/me', { token: adminToken });
    expectProblem(await api.request('PATCH', `/api/v1/accounts/${me.body.id}`, { token: adminToken, body: { disabled: true } }), 400);
  });

  it('unknown ids are 404, malformed ids 400', async () => {
    expectProblem(await api.request('GET', '/api/v1/accounts/0123456789abcdef01234567', { token: adminToken }), 404);
    expectProblem(await api.request('GET', '/api/v1/accounts/not-an-id', { token: adminToken }), 400);
  });
});

describe('role checks', () => {
  it.each([
    ['GET', '/api/v1/accounts'],
    ['POST', '/api/v1/accounts'],
    ['GET', '/api/v1/accounts/0123456789abcdef01234567'],
    ['PATCH', '/api/v1/accounts/0123456789abcdef01234567'],
  ])('%s %s is 401 without a token and 403 for district staff', async (method, path) => {
    const body = method === 'GET' ? undefined : {};
    expectProblem(await api.request(method, path, { body }), 401);
    expectProblem(await api.request(method, path, { body, token: staffToken }), 403);
  });
});
