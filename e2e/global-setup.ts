import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freshDataDir, startEmbeddedDb } from '@yilu/embedded-db';
import { repoRoot, startApiProcess } from '@yilu/api/testing';
import { serveStatic } from './support/static-server.js';

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
    YILU_ADMIN_USERNAME: admin.username,
    YILU_ADMIN_PASSWORD: admin.password,
  });
  const adminSite = await serveStatic(join(repoRoot, 'apps/admin/dist'), api.origin);
  const h5Site = await serveStatic(join(repoRoot, 'apps/miniapp/dist/h5'), api.origin);

  project.provide('adminUrl', adminSite.url);
  project.provide('h5Url', h5Site.url);
  project.provide('apiOrigin', api.origin);
  project.provide('admin', admin);

  return async () => {
    adminSite.server.close();
    h5Site.server.close();
    api.process.kill('SIGTERM');
    await new Promise((r) => api.process.once('exit', r));
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
