import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Taro from '@tarojs/taro';
import type { TokenPair } from '@yilu/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

// A stand-in for the API's check-in on a real socket, counting once per client id as the API does; "down" drops
// the connection the way a phone without signal sees it.
let down = false;
let refuse = false;
const counted = new Map<string, { at?: string }>();
const posts: string[] = [];
let server: Server;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    if (down) return req.socket.destroy();
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const body = JSON.parse(raw) as { clientId: string; at?: string };
    posts.push(body.clientId);
    if (refuse)
      return res
        .writeHead(422, { 'Content-Type': 'application/problem+json' })
        .end(JSON.stringify({ title: '不能签到', status: 422, detail: '现在不在上课时间内，不能签到' }));
    if (!counted.has(body.clientId)) counted.set(body.clientId, { at: body.at });
    res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: 'e1' }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  process.env.TARO_APP_API_BASE = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const queue = () => import('../check-in-queue');
const here = { lng: 87.6543, lat: 43.9642 };

beforeEach(async () => {
  down = false;
  refuse = false;
  counted.clear();
  posts.length = 0;
  Taro.setStorageSync('yilu.checkins.queued', []);
  const { tokenStore } = await import('../../auth/token-store');
  tokenStore.set({ accessToken: 'a', refreshToken: 'r', expiresIn: 900, user: { id: 'u1' } } as unknown as TokenPair);
});

describe('check-ins without signal', () => {
  it('keeps one with its time and client id, and sends it by itself once the network is back, once', async () => {
    const { checkIn, onQueueFlushed, queuedCheckIns, startCheckInSync } = await queue();
    down = true;
    const before = Date.now();
    expect(await checkIn('e1', here)).toBe('queued');
    expect(queuedCheckIns()).toBe(1);
    const [kept] = Taro.getStorageSync('yilu.checkins.queued') as { body: { at: string; clientId: string } }[];
    expect(Date.parse(kept!.body.at)).toBeGreaterThanOrEqual(before - 1);
    expect(kept!.body.clientId).toMatch(/^[A-Za-z0-9-]{8,64}$/);

    startCheckInSync();
    await new Promise((r) => setTimeout(r, 50));
    expect(queuedCheckIns()).toBe(1);

    down = false;
    const flushed = new Promise((resolve) => onQueueFlushed(resolve));
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    expect(await flushed).toEqual({ sent: 1, refused: [] });
    expect(posts).toEqual([kept!.body.clientId]);
    expect(counted.get(kept!.body.clientId)).toEqual({ at: kept!.body.at });
    expect(queuedCheckIns()).toBe(0);
  });

  it('sends a queued check-in once however many flushes start together', async () => {
    const { checkIn, flushQueuedCheckIns } = await queue();
    down = true;
    await checkIn('e1', here);
    down = false;
    const results = await Promise.all([flushQueuedCheckIns(), flushQueuedCheckIns(), flushQueuedCheckIns()]);
    expect(results.map((r) => r.sent)).toEqual([1, 1, 1]);
    expect(posts).toHaveLength(1);
  });

  it('drops one the server refuses and says why', async () => {
    const { checkIn, flushQueuedCheckIns, queuedCheckIns } = await queue();
    down = true;
    await checkIn('e1', here);
    down = false;
    refuse = true;
    expect(await flushQueuedCheckIns()).toEqual({ sent: 0, refused: ['现在不在上课时间内，不能签到'] });
    expect(queuedCheckIns()).toBe(0);
  });

  it('sends at once with a signal, without a time of its own', async () => {
    const { checkIn, queuedCheckIns } = await queue();
    expect(await checkIn('e1', here)).toBe('sent');
    expect(queuedCheckIns()).toBe(0);
    expect([...counted.values()]).toEqual([{ at: undefined }]);
  });
});
