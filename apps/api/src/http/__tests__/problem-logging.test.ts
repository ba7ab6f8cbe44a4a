import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorHandler, unavailable } from '../problem.js';

// The error handler's log lines, read back from a real pino logger: an outage is news at warn, in one line; a bug is
// an error with its stack.
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(
      ...chunk
        .toString()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    );
    done();
  },
});
const logger = pino({ level: 'info' }, sink);

const selectionError = Object.assign(new Error('Server selection timed out after 400 ms'), { name: 'MongooseServerSelectionError' });
const app = express();
app.get('/gone', () => {
  throw selectionError;
});
app.get('/gate', (_req, _res, next) => next(unavailable()));
app.get('/bug', () => {
  throw new TypeError("Cannot read properties of undefined (reading 'x')");
});
app.use(errorHandler(logger));

let base: string;
let server: ReturnType<typeof app.listen>;
beforeAll(async () => {
  server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

async function logged(path: string) {
  lines.length = 0;
  const res = await fetch(base + path);
  await new Promise((r) => setImmediate(r));
  return { status: res.status, lines: [...lines] };
}

describe('logging failed requests', () => {
  it('logs a 503 at warn, with what failed and no stack', async () => {
    for (const [path, reason] of [
      ['/gone?near=87.6,43.8', 'MongooseServerSelectionError: Server selection timed out after 400 ms'],
      ['/gate', '数据库暂不可用，请稍后再试'],
    ]) {
      const { status, lines: written } = await logged(path!);
      expect(status).toBe(503);
      expect(written).toEqual([expect.objectContaining({ level: 40, msg: 'database unavailable', path: path!.split('?')[0], reason })]);
      expect(JSON.stringify(written)).not.toMatch(/stack|at .*\.ts:|near=/);
    }
  });

  it('logs anything else that fails at error, with its stack', async () => {
    const { status, lines: written } = await logged('/bug');
    expect(status).toBe(500);
    expect(written).toEqual([
      expect.objectContaining({
        level: 50,
        msg: 'request failed',
        err: expect.objectContaining({ type: 'TypeError', stack: expect.stringContaining('TypeError') }),
      }),
    ]);
  });
});
