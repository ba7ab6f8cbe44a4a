import { createServer } from 'node:http';
import { createApp, requestListener } from './app.js';
import { ensureAdmin } from './accounts/accounts.service.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { connectDatabase } from './db/connection.js';
import { createLogger } from './logger.js';
import { createScheduler } from './notifications/scheduler.js';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const logger = createLogger(config.logLevel);
const db = await connectDatabase({ uri: config.mongodbUri, dbName: config.dbName, logger });
const app = createApp({ config, logger, db });
await app.context.points.start();
logger.info({ points: app.context.points.catalog.size }, 'point index loaded');
const scheduler = createScheduler(app.context);
scheduler.start();

if (config.bootstrapAdmin) {
  const created = await ensureAdmin(app.context, config.bootstrapAdmin.username, config.bootstrapAdmin.password);
  if (created) logger.info({ username: config.bootstrapAdmin.username }, 'created the first admin account');
}

const server = createServer(requestListener(app));
server.listen(config.port, config.host, () => {
  logger.info(`API listening on http://${config.host}:${config.port}/api/v1 (docs: /api/v1/docs)`);
});

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  const hardStop = setTimeout(() => {
    logger.error('shutdown timed out; exiting');
    process.exit(1);
  }, config.shutdownTimeoutMs);
  hardStop.unref();
  app.context.points.stop();
  server.close(() => {
    void scheduler
      .stop()
      .then(() => db.close())
      .finally(() => process.exit(0));
  });
  server.closeIdleConnections();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
