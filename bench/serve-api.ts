// Child process of points.bench.ts: the real API (createApp) on the embedded database, its point catalog loaded
// with the national data set. Prints the port, then serves until killed.
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { freshDataDir, startEmbeddedDb } from '@yilu/embedded-db';
import { createApp, requestListener } from '../apps/api/src/app.js';
import { loadConfig } from '../apps/api/src/config.js';
import { connectDatabase } from '../apps/api/src/db/connection.js';
import { createLogger } from '../apps/api/src/logger.js';
import { nationalPoints } from './national-points.js';
import { benchEnv } from './bench-env.js';

const dataDir = freshDataDir('bench');
const db = await startEmbeddedDb({ dataDir });
const config = loadConfig(benchEnv(db.uri));
const logger = createLogger(config.logLevel);
const database = await connectDatabase({ uri: config.mongodbUri, dbName: 'bench', logger });
const app = createApp({ config, logger, db: database });
for (const record of nationalPoints(Number(process.env.BENCH_POINTS ?? 200_000))) app.context.points.catalog.set(record);
app.context.points.catalog.warm();
const server = createServer(requestListener(app)).listen(0, '127.0.0.1', () => console.log((server.address() as AddressInfo).port));
process.on('SIGTERM', async () => {
  server.close();
  await database.close();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
