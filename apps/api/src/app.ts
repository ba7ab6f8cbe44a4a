import type { RequestListener } from 'node:http';
import { API_BASE } from '@yilu/contract';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { accountsRoutes } from './accounts/accounts.routes.js';
import { areasRoutes } from './areas/areas.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import type { Config } from './config.js';
import { coursesRoutes } from './courses/courses.routes.js';
import { createContext, type AppContext } from './context.js';
import { demandRoutes } from './demand/demand.routes.js';
import type { Database } from './db/connection.js';
import { healthRoutes } from './health/health.routes.js';
import { jobsRoutes } from './jobs/jobs.routes.js';
import { listenForNotifications } from './notifications/events.js';
import { notificationsRoutes } from './notifications/notifications.routes.js';
import { overviewRoutes } from './overview/overview.routes.js';
import { statsRoutes } from './stats/stats.routes.js';
import { uploadsRoutes } from './uploads/uploads.routes.js';
import { wishesRoutes } from './wishes/wishes.routes.js';
import { openApiRoutes } from './http/openapi.js';
import { errorHandler, notFoundHandler, unavailable } from './http/problem.js';
import { refuseInvalidUtf8, refuseMalformedQuery } from './http/strict-input.js';
import { mapFastPath } from './points/map-fast-path.js';
import { pointsRoutes } from './points/points.routes.js';
import { reportsRoutes } from './points/reports.routes.js';

export { API_BASE };

export interface CreateAppOptions {
  config: Config;
  logger: Logger;
  db: Database;
}

/** Builds the Express app; listening is left to server.ts and to tests. */
export function createApp({ config, logger, db }: CreateAppOptions): Express & { context: AppContext } {
  const ctx = createContext(config, logger, db);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(helmet());
  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      // Method, path and status only: no headers, no query strings (they can carry locations).
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(express.json({ limit: '100kb', strict: true, verify: refuseInvalidUtf8 }));

  app.use(healthRoutes(db));
  app.use(API_BASE, openApiRoutes(API_BASE));
  app.use(API_BASE, refuseMalformedQuery);

  // Fail fast while the database is away instead of letting requests hang.
  app.use(API_BASE, (_req, _res, next) => next(db.isConnected() ? undefined : unavailable()));
  app.use(API_BASE, authRoutes(ctx));
  app.use(API_BASE, accountsRoutes(ctx));
  app.use(API_BASE, pointsRoutes(ctx));
  app.use(API_BASE, areasRoutes(ctx));
  app.use(API_BASE, reportsRoutes(ctx));
  app.use(API_BASE, coursesRoutes(ctx));
  app.use(API_BASE, uploadsRoutes(ctx));
  app.use(API_BASE, statsRoutes(ctx));
  app.use(API_BASE, overviewRoutes(ctx));
  app.use(API_BASE, auditRoutes(ctx));
  app.use(API_BASE, wishesRoutes(ctx));
  app.use(API_BASE, notificationsRoutes(ctx));
  app.use(API_BASE, demandRoutes(ctx));
  app.use(API_BASE, jobsRoutes(ctx));
  listenForNotifications(ctx);

  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return Object.assign(app, { context: ctx });
}

/** The server's request listener: the public map query's fast path first, then the Express app. */
export function requestListener(app: ReturnType<typeof createApp>): RequestListener {
  const fast = mapFastPath(app.context.points.catalog, API_BASE);
  return (req, res) => {
    if (!fast(req, res)) app(req, res);
  };
}
