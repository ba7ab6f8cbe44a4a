// @vitest-environment node
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, request } from '../http';

// A plain HTTP server answering like the API does, to exercise the client over a real socket.
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/v/ok') return res.setHeader('content-type', 'application/json').end('{"a":1}');
    if (req.url === '/v/empty') return res.writeHead(204).end();
    res.writeHead(400, { 'content-type': 'application/problem+json' }).end(
      JSON.stringify({
        type: 'urn:yilu:problem:validation-error',
        title: '请求有误',
        status: 400,
        detail: '请求参数校验失败',
        errors: [{ field: 'body.areaCode', message: '须为 6、9 或 12 位行政区划代码' }],
      }),
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v`;
});
afterAll(() => server.close());

describe('request', () => {
  it('returns JSON and handles 204', async () => {
    expect(await request('GET', '/ok', {}, base)).toEqual({ a: 1 });
    expect(await request('POST', '/empty', { body: {} }, base)).toBeUndefined();
  });

  it('turns a problem into an ApiError with messages per form field', async () => {
    const error = (await request('POST', '/bad', { body: {} }, base).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('请求参数校验失败');
    expect(error.fieldMessages()).toEqual({ areaCode: '须为 6、9 或 12 位行政区划代码' });
  });

  it('reports an unreachable server in Chinese', async () => {
    const error = (await request('GET', '/x', {}, 'http://127.0.0.1:1').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/网络异常/);
  });
});
