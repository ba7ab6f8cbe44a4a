// The product as `bash scripts/start.sh` serves it, on a fresh embedded database with the demo data: the
// Lighthouse bench and the screenshots script measure and picture what a visitor of the demo sees.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { freshDataDir, startEmbeddedDb } from '@yilu/embedded-db';
import { repoRoot, startApiProcess } from '@yilu/api/testing';
import { builds, serveBuild } from '../../scripts/static-site.js';

export interface DemoProduct {
  adminUrl: string;
  h5Url: string;
  apiOrigin: string;
  close(): Promise<void>;
}

/** The demo staff password (apps/api/src/demo/demo-accounts.ts). */
export const demoPassword = 'yilu-demo-2026';

/** Kashgar's old town, where the demo's named points are. */
export const kashgar = { latitude: 39.4704, longitude: 75.9897 };

export async function startDemoProduct(): Promise<DemoProduct> {
  const dataDir = freshDataDir('demo-product');
  const db = await startEmbeddedDb({ dataDir });
  const env = { MONGODB_URI: db.uri, YILU_DB_NAME: 'demo', YILU_DEV_LOGIN: 'true' };
  const seed = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts'], {
    cwd: join(repoRoot, 'apps/api'),
    env: { ...process.env, NODE_ENV: 'development', YILU_LOG_LEVEL: 'warn', ...env },
    stdio: 'inherit',
  });
  if (seed.status !== 0) throw new Error(`demo seed exited with ${seed.status}`);
  const api = await startApiProcess(env);
  const adminSite = await serveBuild(builds.admin, { apiOrigin: api.origin, warm: true });
  const h5Site = await serveBuild(builds.h5, { apiOrigin: api.origin, warm: true });
  return {
    adminUrl: adminSite.url,
    h5Url: h5Site.url,
    apiOrigin: api.origin,
    async close() {
      await Promise.all([adminSite.close(), h5Site.close()]);
      api.process.kill('SIGTERM');
      await new Promise((r) => api.process.once('exit', r));
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs a demo staff member in through the API; answers the token pair the admin keeps in localStorage. */
export async function demoStaffSession(product: DemoProduct, username = 'admin'): Promise<unknown> {
  const res = await fetch(`${product.apiOrigin}/api/v1/auth/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  if (res.status !== 200) throw new Error(`demo sign-in of ${username}: ${res.status}`);
  return res.json();
}
