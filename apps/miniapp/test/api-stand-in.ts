import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  path: string;
  body: unknown;
}

type Reply = { status: number; body?: unknown } | undefined;

/** What the stand-in answers a request with, now or later (to answer requests out of order); undefined answers 404. */
export type Answer = (request: SeenRequest) => Reply | Promise<Reply>;

/**
 * A stand-in for the API on a real socket, for page tests: it answers with `answer` and keeps every request it saw
 * (method, path with its query, JSON body) in `requests`.
 */
export async function startApiStandIn(answer: Answer) {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const seen = { method: req.method ?? 'GET', path: req.url ?? '/', body: raw ? (JSON.parse(raw) as unknown) : undefined };
      requests.push(seen);
      void Promise.resolve(answer(seen)).then((reply) => {
        const { status, body } = reply ?? { status: 404, body: { title: '不存在', status: 404 } };
        if (body === undefined) return res.writeHead(status).end();
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      });
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((r) => server.close(r)),
  };
}

/** A worker's sign-in, fresh for ten minutes, as the pages find it in storage. */
export const workerSession = () => ({
  accessToken: 'access-1',
  accessTokenExpiresAt: new Date(Date.now() + 600_000).toISOString(),
  refreshToken: 'refresh-token-number-1',
  refreshTokenExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  user: { id: 'w1', role: 'worker', displayName: '早班骑手' },
});
