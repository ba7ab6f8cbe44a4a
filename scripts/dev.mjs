// Starts the whole product for development: the embedded database (data kept in .data/db), demo data,
// the API, the admin and the h5 app, each restarting or rebuilding on change. Ctrl-C stops everything.
// With MONGODB_URI set, that database is used and nothing is started for it.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startEmbeddedDb } from '@yilu/embedded-db';

const root = new URL('..', import.meta.url).pathname;
const ports = {
  api: Number(process.env.PORT ?? 3000),
  admin: Number(process.env.YILU_ADMIN_PORT ?? 5173),
  h5: Number(process.env.YILU_H5_PORT ?? 10086),
  db: Number(process.env.YILU_DB_PORT ?? 27018),
};
const apiUrl = `http://127.0.0.1:${ports.api}`;

const db = process.env.MONGODB_URI
  ? null
  : await startEmbeddedDb({ dataDir: join(root, '.data', 'db'), listen: `127.0.0.1:${ports.db}` });
const mongodbUri = process.env.MONGODB_URI ?? db.uri;

const env = {
  ...process.env,
  NODE_ENV: 'development',
  MONGODB_URI: mongodbUri,
  PORT: String(ports.api),
  YILU_DEV_LOGIN: process.env.YILU_DEV_LOGIN ?? 'true',
  YILU_API_URL: apiUrl,
  YILU_ADMIN_PORT: String(ports.admin),
  YILU_H5_PORT: String(ports.h5),
  TARO_APP_DEV_LOGIN: process.env.TARO_APP_DEV_LOGIN ?? 'true',
  TURBO_TELEMETRY_DISABLED: '1',
};

const tsx = ['--import', 'tsx'];
const children = [];
const seed = spawnSync(process.execPath, [...tsx, 'src/cli/seed.ts'], { cwd: join(root, 'apps/api'), env, stdio: 'inherit' });
if (seed.status !== 0) await stop(1);

children.push(
  run('api', process.execPath, [...tsx, '--watch', 'src/server.ts'], 'apps/api'),
  run('admin', process.execPath, [join(root, 'node_modules/vite/bin/vite.js')], 'apps/admin'),
  run('h5', process.execPath, [join(root, 'node_modules/@tarojs/cli/bin/taro'), 'build', '--type', 'h5', '--watch'], 'apps/miniapp'),
);

function run(name, command, args, cwd) {
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
  child.on('exit', (code) => {
    if (!stopping) console.log(prefix, `exited with code ${code}`);
  });
  return child;
}

await waitFor(`${apiUrl}/readyz`, 60_000);
console.log(`
驿路 Yilu is running (the h5 app takes about half a minute for its first build):
  API       ${apiUrl}/api/v1   (docs: ${apiUrl}/api/v1/docs)
  Admin     http://127.0.0.1:${ports.admin}/
  h5 app    http://127.0.0.1:${ports.h5}/
  Database  ${mongodbUri}${db ? ' (embedded FerretDB, data in .data/db)' : ''}

Demo staff accounts (password: yilu-demo-2026):
  admin    平台管理员            kashi   喀什市人社局 (653101)     midong  米东区人社局 (650109)
  gucheng  古城社区工作站 (650109001001)                         school  米东区职业技能培训学校 (provider)
Workers: on h5, tap 我的 → 开发环境登录.
Press Ctrl-C to stop.
`);

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  console.error(`dev: ${url} did not answer within ${timeoutMs / 1000} s`);
}

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await db?.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
