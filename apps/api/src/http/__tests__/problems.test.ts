import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, startApi, type TestApi } from '../../../test/harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

describe('error shape (RFC 9457)', () => {
  it('pins the exact problem body for a validation error', async () => {
    const res = await api.request('POST', '/api/v1/auth/staff/login', { body: { username: 'ab' } });
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toEqual({
      type: 'urn:yilu:problem:validation-error',
      title: '请求有误',
      status: 400,
      detail: '请求参数校验失败',
      instance: '/api/v1/auth/staff/login',
      errors: [
        { field: 'body.username', message: expect.any(String) },
        { field: 'body.password', message: expect.any(String) },
      ],
    });
  });

  it('malformed JSON is 400, not 500', async () => {
    const res = await api.request('POST', '/api/v1/auth/staff/login', { rawBody: '{"username": ' });
    expect(expectProblem(res, 400).errors).toEqual([{ field: 'body', message: 'JSON 格式错误' }]);
  });

  it('an oversized body is 413', async () => {
    const res = await api.request('POST', '/api/v1/auth/staff/login', { body: { username: 'a'.repeat(200_000), password: 'x' } });
    expectProblem(res, 413);
  });

  it('an unknown route is 404', async () => {
    expectProblem(await api.request('GET', '/api/v1/nowhere'), 404);
  });

  it('sets security headers', async () => {
    const res = await api.request('GET', '/healthz');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('OpenAPI', () => {
  it('serves an OpenAPI 3.1 document generated from the shared schemas', async () => {
    const res = await api.request('GET', '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/auth/staff/login', '/accounts', '/accounts/{id}']));
    expect(res.body.components.schemas.CreateAccountBody.required).toEqual(
      expect.arrayContaining(['username', 'password', 'displayName', 'role']),
    );
    expect(res.body.components.schemas.Problem).toBeDefined();
  });

  it('serves a browsable page with its assets locally', async () => {
    const page = await api.request('GET', '/api/v1/docs');
    expect(page.status).toBe(200);
    expect(page.body).toContain('swagger-ui');
    const bundle = await fetch(`${api.baseUrl}/api/v1/docs/assets/swagger-ui-bundle.js`);
    expect(bundle.status).toBe(200);
  });
});
