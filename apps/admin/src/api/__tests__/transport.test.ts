import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createClient, type TokenPair } from '@yilu/client';
import { t } from '../../locales/zh-CN';
import { adminTransport } from '../transport';

// A plain HTTP server answering like the API does (with CORS, since the page's origin is jsdom's), to send the
// admin's transports over a real socket: fetch for JSON, XMLHttpRequest for an upload with progress.
const received: { url?: string; authorization?: string; body: string }[] = [];
const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
};
let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer(async (req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', 'authorization, accept, content-type');
    res.setHeader('access-control-allow-methods', 'GET, POST, PATCH, DELETE');
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    received.push({ url: req.url, authorization: req.headers.authorization, body: await readBody(req) });
    if (req.url?.startsWith('/api/v1/points/import')) {
      const report = { mode: 'validate', total: 1, valid: 1, invalid: 0, created: 0, updated: 0, rows: [] };
      return res.setHeader('content-type', 'application/json').end(JSON.stringify(report));
    }
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
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const tokens = { accessToken: 'access-1', refreshToken: 'refresh-1' } as TokenPair;
const messages = { network: t.common.networkError, signedOut: t.common.signedOut, server: t.common.serverError };
const clientAt = (baseUrl: string) =>
  createClient({ baseUrl, transport: adminTransport, tokens: { get: () => tokens, set: () => undefined }, messages });

describe('the admin transport', () => {
  it('uploads an import file with XMLHttpRequest, reporting progress, and answers the report', async () => {
    const progress: number[] = [];
    const file = new File(['名称,地址\n驿站,喀什'], 'points.csv', { type: 'text/csv' });
    const report = await clientAt(origin).importPoints({ query: { mode: 'validate' }, file, onProgress: (p) => progress.push(p) });
    expect(report.valid).toBe(1);
    const sent = received.at(-1)!;
    expect(sent.url).toBe('/api/v1/points/import?mode=validate');
    expect(sent.authorization).toBe('Bearer access-1');
    expect(sent.body).toContain('name="file"');
    expect(sent.body).toContain('驿站,喀什');
    expect(progress.every((p) => p >= 0 && p <= 100)).toBe(true);
  });

  it('turns a problem into an ApiError with messages per form field', async () => {
    const error = (await clientAt(origin)
      .createPoint({ body: {} as never })
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('请求参数校验失败');
    expect(error.fieldMessages()).toEqual({ areaCode: '须为 6、9 或 12 位行政区划代码' });
  });

  it('reports an unreachable server in Chinese, for JSON calls and uploads alike', async () => {
    const offline = clientAt('http://127.0.0.1:1');
    const calls = [offline.overview(), offline.importPoints({ file: new File(['x'], 'x.csv'), onProgress: () => undefined })];
    for (const call of calls) {
      const error = (await call.catch((e: unknown) => e)) as ApiError;
      expect(error).toBeInstanceOf(ApiError);
      expect(error.status).toBe(0);
      expect(error.message).toMatch(/网络异常/);
    }
  });
});
