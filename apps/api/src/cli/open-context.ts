import { loadConfig } from '../config.js';
import { createContext, type AppContext } from '../context.js';
import { connectDatabase } from '../db/connection.js';
import { createLogger } from '../logger.js';

/** Opens the same context the server uses, for one-off commands; the caller closes it. */
export async function openContext(): Promise<AppContext> {
  const config = loadConfig();
  const logger = createLogger('warn');
  const db = await connectDatabase({ uri: config.mongodbUri, dbName: config.dbName, logger });
  return createContext(config, logger, db);
}
