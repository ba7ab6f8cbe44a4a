import { accountsOperations } from './accounts.js';
import { areasOperations } from './areas.js';
import { auditOperations } from './audit.js';
import { authOperations } from './auth.js';
import { coursesOperations } from './courses.js';
import { demandOperations } from './demand.js';
import { jobsOperations } from './jobs.js';
import { notificationsOperations } from './notifications.js';
import { pointsOperations } from './points.js';
import { statsOperations } from './stats.js';
import { uploadsOperations } from './uploads.js';
import { wishesOperations } from './wishes.js';

export * from './operation.js';
export { API_BASE, routeOf, type Route, type Routes } from './routes.js';
export * from './common.js';
export * from './match.js';
export * from './accounts.js';
export * from './areas.js';
export * from './audit.js';
export * from './auth.js';
export * from './courses.js';
export * from './demand.js';
export * from './jobs.js';
export * from './notifications.js';
export * from './points.js';
export * from './stats.js';
export * from './uploads.js';
export * from './wishes.js';

/** Every operation of the API under `/api/v1`, by operation id. */
export const operations = {
  ...authOperations,
  ...accountsOperations,
  ...pointsOperations,
  ...areasOperations,
  ...coursesOperations,
  ...uploadsOperations,
  ...statsOperations,
  ...auditOperations,
  ...wishesOperations,
  ...notificationsOperations,
  ...jobsOperations,
  ...demandOperations,
};
export type Operations = typeof operations;
export type OperationId = keyof Operations;
