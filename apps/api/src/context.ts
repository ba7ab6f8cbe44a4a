import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/connection.js';
import { createAccessTokens } from './auth/access-token.js';
import { createLoginLimiter } from './auth/login-limiter.js';
import { createRefreshTokens } from './auth/refresh-tokens.js';
import { createOpenClasses } from './courses/open-classes.js';
import { createOpenJobs } from './jobs/open-jobs.js';
import { createPointStore } from './points/point-store.js';

/** What every feature's routes and services receive: configuration, logging, the database and token services. */
export function createContext(config: Config, logger: Logger, db: Database) {
  return {
    config,
    logger,
    db,
    models: db.models,
    accessTokens: createAccessTokens(config.jwtSecret, config.accessTokenTtlS),
    refreshTokens: createRefreshTokens(db.models, config.refreshTokenTtlS),
    loginLimiter: createLoginLimiter(config.loginMaxFailures),
    points: createPointStore(db.models, logger, { pollMs: config.pointsPollMs, clusterRefreshMs: config.clusterRefreshMs }),
    openClasses: createOpenClasses(db.models, config.classesCacheMs, logger),
    openJobs: createOpenJobs(db.models, config.jobsCacheMs, logger),
  };
}

export type AppContext = ReturnType<typeof createContext>;
