import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import type { CreateAccountBody, TokenPair } from '@yilu/shared';
import { createApp, requestListener } from '../src/app.js';
import { createAccountsService } from '../src/accounts/accounts.service.js';
import { loadConfig } from '../src/config.js';
import { checkAnswer } from './contract-check.js';
import { connectDatabase } from '../src/db/connection.js';
import { createLogger } from '../src/logger.js';

// Tests read answers ad hoc; checkAnswer (contract-check.ts) has already matched each one against the contract.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * Starts the real app on a random local port against the test database, in a database of its own
 * so that test files never see each other's data.
 */
export async function startApi(env: Record<string, string> = {}, uri = inject('mongodbUri')) {
  const config = loadConfig({
    NODE_ENV: 'test',
    MONGODB_URI: uri,
    YILU_DB_NAME: `t_${randomBytes(6).toString('hex')}`,
    YILU_POINTS_POLL_MS: '200',
    YILU_CLUSTER_REFRESH_MS: '0',
    YILU_LOG_LEVEL: 'silent',
    YILU_JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    ...env,
  });
  const logger = createLogger(config.logLevel);
  const db = await connectDatabase({ uri: config.mongodbUri, dbName: config.dbName, logger });
  const app = createApp({ config, logger, db });
  await app.context.points.start();
  const server = createServer(requestListener(app)).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same ad hoc answer as ApiResponse's default
  async function request<T = any>(
    method: string,
    path: string,
    options: { body?: unknown; token?: string; rawBody?: string | Uint8Array<ArrayBuffer>; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | Uint8Array<ArrayBuffer> | undefined = options.rawBody;
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    } else if (body !== undefined) {
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(baseUrl + path, { method, headers, body, signal: AbortSignal.timeout(15_000) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    checkAnswer(method, new URL(baseUrl + path), res.status, res.headers.get('content-type') ?? '', parsed);
    return { status: res.status, headers: res.headers, body: parsed as T };
  }

  const accounts = createAccountsService(app.context);

  return {
    baseUrl,
    config,
    ctx: app.context,
    db,
    request,
    /** Creates an account directly through the service (as the CLI does) and returns it. */
    createAccount: (body: CreateAccountBody) => accounts.create(body),
    async login(username: string, password: string): Promise<TokenPair> {
      const res = await request<TokenPair>('POST', '/api/v1/auth/staff/login', { body: { username, password } });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
    async close() {
      app.context.points.stop();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await db.conn.dropDatabase().catch(() => undefined);
      await db.close();
    },
  };
}

export type TestApi = Awaited<ReturnType<typeof startApi>>;

/** Asserts the RFC 9457 shape shared by every error answer. */
export function expectProblem(res: ApiResponse, status: number) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  if (!res.headers.get('content-type')?.startsWith('application/problem+json')) {
    throw new Error(`not a problem response: ${res.headers.get('content-type')}`);
  }
  const body = res.body as { type?: string; title?: string; status?: number; stack?: unknown };
  if (typeof body.type !== 'string' || typeof body.title !== 'string' || body.status !== status || 'stack' in body) {
    throw new Error(`bad problem body: ${JSON.stringify(body)}`);
  }
  return res.body as { type: string; title: string; status: number; detail?: string; errors?: { field: string; message: string }[] };
}
