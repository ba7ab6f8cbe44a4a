import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { freshDataDir, startEmbeddedDb } from '@yilu/embedded-db';
import { startApiProcess } from '@yilu/api/testing';
// The builds are served the way `bash scripts/start.sh` serves them to users: compressed, cached, /api on the same origin.
import { builds, serveBuild } from '../scripts/static-site.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    h5Url: string;
    apiOrigin: string;
    admin: { username: string; password: string };
  }
}

const admin = { username: 'e2e-admin', password: 'e2e-admin-password' };

export default async function setup(project: TestProject) {
  const dataDir = freshDataDir('e2e');
  const db = await startEmbeddedDb({ dataDir });
  const api = await startApiProcess({
    MONGODB_URI: db.uri,
    YILU_DB_NAME: 'e2e',
    YILU_DEV_LOGIN: 'true',
    // Every test file signs its staff in from the one address; the per-address sign-in limit is tested in the API.
    YILU_AUTH_RATE_LIMIT_PER_MIN: '1000',
    YILU_ADMIN_USERNAME: admin.username,
    YILU_ADMIN_PASSWORD: admin.password,
  });
  const adminSite = await serveBuild(builds.admin, { apiOrigin: api.origin });
  const h5Site = await serveBuild(builds.h5, { apiOrigin: api.origin });

  project.provide('adminUrl', adminSite.url);
  project.provide('h5Url', h5Site.url);
  project.provide('apiOrigin', api.origin);
  project.provide('admin', admin);

  return async () => {
    await Promise.all([adminSite.close(), h5Site.close()]);
    api.process.kill('SIGTERM');
    await new Promise((r) => api.process.once('exit', r));
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
