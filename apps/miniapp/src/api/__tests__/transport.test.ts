import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TokenPair } from '@yilu/client';
import { t } from '../../locales/zh-CN';
import { transport as h5 } from '../transport.h5';
import { transport as weapp } from '../transport.weapp';

// Both platforms' transports through the one client, against a stand-in for the API on a real socket
// (weapp's Taro.request is the unit tests' stand-in, which sends with fetch).
const received: { method?: string; url?: string; authorization?: string; body: string }[] = [];
let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    received.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body });
    if (req.method === 'GET' && req.url?.startsWith('/api/v1/points/'))
      return res
        .writeHead(404, { 'Content-Type': 'application/problem+json' })
        .end(JSON.stringify({ title: '不存在', status: 404, detail: '这个服务点不存在' }));
    res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: 'r1' }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const tokens = { accessToken: 'access-1', refreshToken: 'refresh-1' } as TokenPair;
const messages = { network: t.errors.network, signedOut: t.errors.signedOut, server: t.errors.server };

describe.each([
  ['h5', h5],
  ['weapp', weapp],
])('the %s transport', (_, transport) => {
  const client = () => createClient({ baseUrl: origin, transport, tokens: { get: () => tokens, set: () => undefined }, messages });

  it('sends the JSON body and the token, and answers the JSON', async () => {
    const body = { reason: 'closed' as const, note: '门口贴了停业通知' };
    expect(await client().reportPoint({ params: { id: '0123456789abcdef01234567' }, body })).toEqual({ id: 'r1' });
    const sent = received.at(-1)!;
    expect(sent).toMatchObject({
      method: 'POST',
      url: '/api/v1/points/0123456789abcdef01234567/reports',
      authorization: 'Bearer access-1',
    });
    expect(JSON.parse(sent.body)).toEqual(body);
  });

  it('turns a problem into an ApiError whose message the page can show', async () => {
    await expect(client().getPoint({ params: { id: '0123456789abcdef01234567' } })).rejects.toMatchObject({
      status: 404,
      message: '这个服务点不存在',
    });
  });

  it('reports an unreachable server in Chinese', async () => {
    const offline = createClient({ baseUrl: 'http://127.0.0.1:1', transport, tokens: { get: () => null, set: () => undefined }, messages });
    await expect(offline.listTrades()).rejects.toMatchObject({ status: 0, message: t.errors.network });
  });
});
