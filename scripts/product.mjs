// What `bash scripts/start.sh` (production builds) and `npm run dev` (hot reload) share: the ports, the database
// (the embedded one with data kept in .data/db, unless MONGODB_URI is set), demo data, child processes with
// prefixed output, the banner, and one clean stop on Ctrl-C: servers first, then the API, then the database.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startEmbeddedDb } from '@yilu/embedded-db';

export const root = new URL('..', import.meta.url).pathname;
export const ports = {
  api: Number(process.env.PORT ?? 3000),
  admin: Number(process.env.YILU_ADMIN_PORT ?? 5173),
  h5: Number(process.env.YILU_H5_PORT ?? 10086),
  db: Number(process.env.YILU_DB_PORT ?? 27018),
};
export const apiUrl = `http://127.0.0.1:${ports.api}`;

const children = [];
const closers = [];
let db = null;
let stopping = false;

/** Starts the embedded database unless MONGODB_URI names one; answers the URI and how to describe it. */
export async function startDatabase() {
  if (process.env.MONGODB_URI) return { uri: process.env.MONGODB_URI, note: '' };
  db = await startEmbeddedDb({ dataDir: join(root, '.data', 'db'), listen: `127.0.0.1:${ports.db}` });
  return { uri: db.uri, note: ' (embedded FerretDB, data in .data/db)' };
}

/** The environment of every child: a development API (dev sign-in on) on the chosen ports. */
export function productEnv(mongodbUri, extra = {}) {
  return {
    ...process.env,
    NODE_ENV: 'development',
    MONGODB_URI: mongodbUri,
    PORT: String(ports.api),
    YILU_DEV_LOGIN: process.env.YILU_DEV_LOGIN ?? 'true',
    YILU_API_URL: apiUrl,
    YILU_ADMIN_PORT: String(ports.admin),
    YILU_H5_PORT: String(ports.h5),
    TURBO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}

/** Adds the demo data (accounts, points, classes) unless it is there; stops everything when seeding fails. */
export async function seedDemo(env, args) {
  const seed = spawnSync(process.execPath, args, { cwd: join(root, 'apps/api'), env, stdio: 'inherit' });
  if (seed.status !== 0) await stop(1);
}

/** Runs a child process whose output is printed line by line behind its name. */
export function run(name, command, args, cwd, env) {
  const child = spawn(command, args, { cwd: join(root, cwd), env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}]`.padEnd(8);
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream.on('data', (chunk) => {
      buffer += chunk.toString();
      const lines = buffer.split(/\r?\n/);
      buffer = lines.pop() ?? '';
      // Drop progress-bar redraws; keep everything else.
      for (const line of lines) if (line.trim() && !line.includes('\u001b[1A')) console.log(prefix, line);
    });
  }
  child.on('exit', (code, signal) => {
    if (!stopping) console.log(prefix, `exited with ${signal ?? `code ${code}`}`);
  });
  children.push(child);
  return child;
}

/** Something to close before the children are stopped (a server of this process). */
export function onStop(close) {
  closers.push(close);
}

export async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return true;
    await new Promise((r) => setTimeout(r, 300));
  }
  console.error(`${url} did not answer within ${timeoutMs / 1000} s`);
  return false;
}

export function printBanner({ title, database, admin, h5 }) {
  console.log(`
${title}
  API       ${apiUrl}/api/v1   (docs: ${apiUrl}/api/v1/docs)
  Admin     ${admin}
  h5 app    ${h5}   (a phone-sized window shows it best)
  Database  ${database.uri}${database.note}

Demo staff accounts (password: yilu-demo-2026):
  admin    平台管理员            kashi   喀什市人社局 (653101)     midong  米东区人社局 (650109)
  gucheng  古城社区工作站 (650109001001)                         school  米东区职业技能培训学校 (provider)
Workers: on h5, tap 我的 → 开发环境登录.
Press Ctrl-C to stop.
`);
}

/** Stops everything: this process's servers, then each child (SIGTERM, SIGKILL after 10 s), then the database. */
export async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await Promise.all(closers.map((close) => close().catch(() => {})));
  await Promise.all(children.map((child) => stopChild(child)));
  await db?.stop();
  process.exit(code);
}

function stopChild(child, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    child.kill('SIGTERM');
  });
}

process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
