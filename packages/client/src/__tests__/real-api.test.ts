import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshDataDir, startEmbeddedDb, type EmbeddedDb } from '@yilu/embedded-db';
import { startApiProcess } from '@yilu/api/testing';
import { courseBody, enrollBody, school } from '@yilu/api/fixtures/courses';
import { createClient, fetchTransport, type BodyOf, type Transport, type TransportRequest } from '../index.js';
import { memoryTokens, messages } from './fake-network.js';

// The proof of the token policy against the real API: access tokens live 60 s; a worker and an admin sign in,
// everybody waits until both tokens have expired (once for the whole file), and then they go on working.
const admin = { username: 'client-admin', password: 'client-admin-password' };
const point: BodyOf<'createPoint'> = {
  kind: 'rest_station',
  name: '米东区暖心驿站',
  address: '乌鲁木齐市米东区米东南路 50 号',
  areaCode: '650109',
  location: { lng: 87.654, lat: 43.964 },
  amenities: ['hot_water'],
  access: 'workers',
  hours: { timezone: 'Asia/Shanghai', alwaysOpen: true, weekly: [], exceptions: [] },
};
const png = new Blob(
  [Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')],
  { type: 'image/png' },
);

/** A client on the fetch transport (as the admin and h5 use it) that remembers what it sent. */
function signedOutClient(origin: string) {
  const sent: TransportRequest<Blob>[] = [];
  const transport = fetchTransport();
  const tokens = memoryTokens(null);
  const onSignedOut = vi.fn();
  const recording: Transport<Blob, Blob> = (r) => (sent.push(r), transport(r));
  const client = createClient({ baseUrl: origin, transport: recording, tokens, messages, onSignedOut });
  const refreshes = () => sent.filter((r) => r.url.endsWith('/auth/refresh')).length;
  return { client, tokens, onSignedOut, sent, refreshes };
}
type Party = ReturnType<typeof signedOutClient>;

let db: EmbeddedDb;
let api: ChildProcess;
let origin: string;
let worker: Party;
let staff: Party;
let courseId: string;

beforeAll(async () => {
  db = await startEmbeddedDb({ dataDir: freshDataDir('client') });
  ({ origin, process: api } = await startApiProcess({
    MONGODB_URI: db.uri,
    YILU_DB_NAME: 'client',
    YILU_DEV_LOGIN: 'true',
    YILU_ACCESS_TOKEN_TTL_S: '60',
    YILU_ADMIN_USERNAME: admin.username,
    YILU_ADMIN_PASSWORD: admin.password,
  }));
  worker = signedOutClient(origin);
  staff = signedOutClient(origin);
  worker.tokens.set(await worker.client.devLogin({ body: { nickname: '早班骑手' } }));
  staff.tokens.set(await staff.client.staffLogin({ body: admin }));
  courseId = (await staff.client.createCourse({ body: courseBody() as BodyOf<'createCourse'> })).id;

  const lastExpiry = Math.max(...[worker, staff].map((p) => Date.parse(p.tokens.get()!.accessTokenExpiresAt)));
  await new Promise((r) => setTimeout(r, lastExpiry - Date.now() + 1500));
}, 180_000);

afterAll(async () => {
  api?.kill('SIGTERM');
  if (api) await new Promise((r) => api.once('exit', r));
  await db?.stop();
  if (db) rmSync(db.dataDir, { recursive: true, force: true });
});

describe('a minute after the access tokens expired', () => {
  it('the worker enrolls: the expired token is refused, one refresh serves every waiting call', async () => {
    const expired = worker.tokens.get()!.accessToken;
    const [enrollment, mine, classes] = await Promise.all([
      worker.client.enroll({ params: { id: courseId }, body: enrollBody(1) as BodyOf<'enroll'> }),
      worker.client.myEnrollments(),
      worker.client.listCourses({ query: { near: `${school.lng},${school.lat}` } }),
    ]);
    expect(enrollment).toMatchObject({ courseId, status: 'applied' });
    expect(mine.items.length).toBeLessThanOrEqual(1);
    expect(classes.items.map((c) => c.id)).toContain(courseId);
    expect(worker.refreshes()).toBe(1);
    expect(worker.sent.filter((r) => r.headers.authorization === `Bearer ${expired}`)).toHaveLength(3);
    expect(worker.tokens.get()!.accessToken).not.toBe(expired);
  });

  it('the admin saves a point and approves the enrollment, sharing one refresh', async () => {
    const expired = staff.tokens.get()!.accessToken;
    const before = staff.sent.length;
    const [created, enrollments, overview] = await Promise.all([
      staff.client.createPoint({ body: point }),
      staff.client.courseEnrollments({ params: { id: courseId } }),
      staff.client.overview(),
    ]);
    expect(staff.sent.slice(before).filter((r) => r.headers.authorization === `Bearer ${expired}`)).toHaveLength(3);
    const saved = await staff.client.updatePoint({ params: { id: created.id }, body: { name: '米东区暖心驿站（新址）' } });
    const approved = await staff.client.reviewEnrollment({ params: { id: enrollments.items[0]!.id }, body: { action: 'approve' } });
    expect(saved.name).toBe('米东区暖心驿站（新址）');
    expect(approved.status).toBe('approved');
    expect(overview.pendingEnrollments).toBe(1);
    expect(staff.refreshes()).toBe(1);
  });

  it('the worker checks in with the renewed token, without another refresh', async () => {
    const [enrollment] = (await worker.client.myEnrollments()).items;
    const checkedIn = await worker.client.checkIn({
      params: { id: enrollment!.id },
      body: { location: school, clientId: 'client-proof-1' },
    });
    expect(checkedIn).toMatchObject({ status: 'attending', attendedSessions: 1 });
    expect(worker.refreshes()).toBe(1);
    expect(worker.onSignedOut).not.toHaveBeenCalled();
  });

  it('uploads a photo and downloads a spreadsheet through the fetch transport', async () => {
    const { url } = await worker.client.uploadPhoto({ file: png });
    expect(url).toMatch(/^\/api\/v1\/uploads\//);
    const sheet = await staff.client.exportPoints({ query: { format: 'csv' } });
    expect(sheet.filename).toMatch(/\.csv$/);
    expect(await sheet.data.text()).toContain('米东区暖心驿站（新址）');
  });

  it('signs out and says so when the refresh token has been revoked', async () => {
    const other = signedOutClient(origin);
    const pair = await other.client.staffLogin({ body: admin });
    await other.client.logout({ body: { refreshToken: pair.refreshToken } });
    other.tokens.set({ ...pair, accessToken: `${pair.accessToken}x` });
    await expect(other.client.getMe()).rejects.toMatchObject({ status: 401, message: messages.signedOut });
    expect(other.tokens.get()).toBeNull();
    expect(other.onSignedOut).toHaveBeenCalledWith(messages.signedOut);
  });
});
