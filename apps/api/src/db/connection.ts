import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import { accountSchema } from '../accounts/account.model.js';
import { auditSchema } from '../audit/audit.model.js';
import { courseSchema, seatClaimSchema } from '../courses/course.model.js';
import { certificateSchema, checkInClaimSchema, enrollmentSchema } from '../courses/enrollment.model.js';
import { refreshTokenSchema } from '../auth/refresh-token.model.js';
import {
  consentSchema,
  consentUseSchema,
  deliveryAttemptSchema,
  deliverySchema,
  notificationPreferenceSchema,
  notificationSchema,
} from '../notifications/notification.model.js';
import { jobApplicationSchema, jobSchema } from '../jobs/job.model.js';
import { classAlertSchema, learningInterestSchema, searchMissSchema } from '../demand/demand.model.js';
import { uploadSchema } from '../uploads/upload.model.js';
import { pointReportSchema } from '../points/point-report.model.js';
import { pointChangeSchema, pointSchema } from '../points/point.model.js';
import { wishEventSchema, wishSchema, wishSupportSchema } from '../wishes/wish.model.js';

export interface DatabaseOptions {
  uri: string;
  dbName: string;
  logger: Logger;
}

function registerModels(conn: Connection) {
  return {
    Account: conn.model('Account', accountSchema),
    RefreshToken: conn.model('RefreshToken', refreshTokenSchema),
    Point: conn.model('Point', pointSchema),
    PointChange: conn.model('PointChange', pointChangeSchema),
    PointReport: conn.model('PointReport', pointReportSchema),
    Audit: conn.model('Audit', auditSchema),
    Course: conn.model('Course', courseSchema),
    SeatClaim: conn.model('SeatClaim', seatClaimSchema),
    Enrollment: conn.model('Enrollment', enrollmentSchema),
    CheckInClaim: conn.model('CheckInClaim', checkInClaimSchema),
    Certificate: conn.model('Certificate', certificateSchema),
    Upload: conn.model('Upload', uploadSchema),
    Wish: conn.model('Wish', wishSchema),
    WishEvent: conn.model('WishEvent', wishEventSchema),
    WishSupport: conn.model('WishSupport', wishSupportSchema),
    Notification: conn.model('Notification', notificationSchema),
    Delivery: conn.model('Delivery', deliverySchema),
    DeliveryAttempt: conn.model('DeliveryAttempt', deliveryAttemptSchema),
    Consent: conn.model('Consent', consentSchema),
    ConsentUse: conn.model('ConsentUse', consentUseSchema),
    NotificationPreference: conn.model('NotificationPreference', notificationPreferenceSchema),
    Job: conn.model('Job', jobSchema),
    JobApplication: conn.model('JobApplication', jobApplicationSchema),
    LearningInterest: conn.model('LearningInterest', learningInterestSchema),
    ClassAlert: conn.model('ClassAlert', classAlertSchema),
    SearchMiss: conn.model('SearchMiss', searchMissSchema),
  };
}

export type Models = ReturnType<typeof registerModels>;

export interface Database {
  conn: Connection;
  models: Models;
  /** True when the driver currently holds a usable connection. */
  isConnected(): boolean;
  /** Pings the server, failing within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * How long an operation waits for the driver to find the database. Short, so that a request caught by an outage
 * (the server gone, the driver not yet aware) answers 503 within a second instead of waiting, even when a read is
 * retried once and waits twice; a reachable database is found at once, so this only bounds the wait while there is
 * none (an outage, a replica set electing).
 */
const SERVER_SELECTION_MS = 400;
/** How long the API waits for the database at start (it may start before the database does). */
const STARTUP_WAIT_MS = 30_000;

const connectionOptions = (dbName: string) => ({
  dbName,
  autoIndex: false,
  autoCreate: true,
  bufferCommands: false,
  serverSelectionTimeoutMS: SERVER_SELECTION_MS,
  heartbeatFrequencyMS: 1000,
  // Opening a pooled connection to a busy database can take seconds (50 enrollments at once on two loaded cores); a
  // database that is away refuses at once, so this does not slow the 503s down.
  connectTimeoutMS: 10_000,
});

/** Opens the connection, trying again for a while: the short server selection would otherwise fail a slow start. */
async function open(uri: string, dbName: string, logger: Logger): Promise<Connection> {
  const deadline = Date.now() + STARTUP_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    const conn = mongoose.createConnection(uri, connectionOptions(dbName));
    try {
      return await conn.asPromise();
    } catch (error) {
      await conn.close().catch(() => undefined);
      const unreachable = /ServerSelectionError$/.test((error as Error).name);
      if (!unreachable || Date.now() >= deadline) throw error;
      if (attempt === 1) logger.warn('database not reachable yet; trying again');
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * Connects one mongoose connection (not the global default, so several API instances can live in one process in
 * tests). Commands are not buffered while disconnected and the driver looks for the server only briefly: requests
 * fail fast with 503 instead of hanging, and the driver reconnects on its own when the server is back. Indexes are
 * created explicitly (autoIndex off).
 */
export async function connectDatabase({ uri, dbName, logger }: DatabaseOptions): Promise<Database> {
  const conn = await open(uri, dbName, logger);
  conn.set('sanitizeFilter', true);
  let closing = false;
  conn.on('disconnected', () => closing || logger.warn('database disconnected'));
  conn.on('reconnected', () => logger.info('database reconnected'));

  const models = registerModels(conn);
  for (const model of Object.values(models)) {
    await model.createCollection().catch(() => undefined);
    await model.createIndexes();
  }

  return {
    conn,
    models,
    isConnected: () => conn.readyState === 1,
    async ping(timeoutMs = 1000) {
      const db = conn.db;
      if (!db || conn.readyState !== 1) return false;
      const timeout = new Promise<boolean>((r) => setTimeout(() => r(false), timeoutMs).unref());
      const ping = db
        .admin()
        .ping({ timeoutMS: timeoutMs })
        .then(
          () => true,
          () => false,
        );
      return Promise.race([ping, timeout]);
    },
    close: () => {
      closing = true;
      return conn.close();
    },
  };
}
