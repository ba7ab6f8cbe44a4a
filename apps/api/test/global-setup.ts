import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { freshDataDir, startEmbeddedDb } from '@yilu/embedded-db';

declare module 'vitest' {
  export interface ProvidedContext {
    mongodbUri: string;
  }
}

/** One embedded FerretDB with a fresh data folder per test run (or the database in MONGODB_URI). */
export default async function setup(project: TestProject) {
  if (process.env.MONGODB_URI) {
    project.provide('mongodbUri', process.env.MONGODB_URI);
    return;
  }
  const dataDir = freshDataDir('api');
  const db = await startEmbeddedDb({ dataDir });
  project.provide('mongodbUri', db.uri);
  return async () => {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
