import mongoose, { type Connection } from 'mongoose';
import type { Logger } from 'pino';
import { accountSchema } from '../accounts/account.model.js';
import { auditSchema } from '../audit/audit.model.js';
import { courseSchema, seatClaimSchema } from '../courses/course.model.js';
import { certificateSchema, enrollmentSchema } from '../courses/enrollment.model.js';
import { refreshTokenSchema } from '../auth/refresh-token.model.js';
import { uploadSchema } from '../uploads/upload.model.js';
import { pointReportSchema } from '../points/point-report.model.js';
import { pointChangeSchema, pointSchema } from '../points/point.model.js';

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
    Certificate: conn.model('Certificate', certificateSchema),
    Upload: conn.model('Upload', uploadSchema),
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
 * Connects one mongoose connection (not the global default, so several API instances can live in one process in
 * tests). Commands are not buffered while disconnected: requests fail fast with 503 instead of hanging, and the
 * driver reconnects on its own when the server is back. Indexes are created explicitly (autoIndex off).
 */
export async function connectDatabase({ uri, dbName, logger }: DatabaseOptions): Promise<Database> {
  const conn = mongoose.createConnection(uri, {
    dbName,
    autoIndex: false,
    autoCreate: true,
    bufferCommands: false,
    serverSelectionTimeoutMS: 2000,
    heartbeatFrequencyMS: 1000,
    connectTimeoutMS: 2000,
  });
  conn.set('sanitizeFilter', true);
  let closing = false;
  conn.on('disconnected', () => closing || logger.warn('database disconnected'));
  conn.on('reconnected', () => logger.info('database reconnected'));
  await conn.asPromise();

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
      if (!db) return false;
      const timeout = new Promise<boolean>((r) => setTimeout(() => r(false), timeoutMs).unref());
      const ping = db.admin().ping({ timeoutMS: timeoutMs }).then(() => true, () => false);
      return Promise.race([ping, timeout]);
    },
    close: () => {
      closing = true;
      return conn.close();
    },
  };
}
