import { z } from 'zod';
import { DEFAULT_MIN_ATTENDANCE_SHARE, DEFAULT_WISH_OVERDUE_DAYS, notificationKinds, type NotificationKind } from '@yilu/shared';

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .transform((v) => v === 'true' || v === '1')
  .default(false);

const DEV_JWT_SECRET = 'dev-only-secret-not-for-production-0123456789';
/** Development and tests only; production refuses to start without its own key. */
const DEV_ID_KEY = Buffer.from('dev-only-id-number-key-32-bytes!').toString('base64');

/** A try of a WeChat push waits up to 5 s for the token and 5 s for the send, twice when the token is stale. */
const MIN_PRODUCTION_LEASE_MS = 60_000;

const templatesSchema = z.partialRecord(z.enum(notificationKinds), z.string().min(1));
const safeJson = (v: string): unknown => {
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
};

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// or mongodb+srv:// URI'),
    YILU_DB_NAME: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,60}$/)
      .default('yilu'),
    YILU_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    YILU_ACCESS_TOKEN_TTL_S: z.coerce.number().int().min(60).max(3600).default(900),
    YILU_REFRESH_TOKEN_TTL_S: z.coerce
      .number()
      .int()
      .min(3600)
      .max(90 * 86400)
      .default(30 * 86400),
    YILU_WECHAT_APPID: z.string().default(''),
    YILU_WECHAT_SECRET: z.string().default(''),
    YILU_WECHAT_API_BASE: z.url().default('https://api.weixin.qq.com'),
    YILU_WECHAT_TEMPLATES: z
      .string()
      .default('{}')
      .transform((v, ctx) => {
        const parsed = templatesSchema.safeParse(safeJson(v));
        if (parsed.success) return parsed.data;
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object from notification kind to template id' });
        return z.NEVER;
      }),
    YILU_SCHEDULER_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
    YILU_NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    YILU_NOTIFY_RETRY_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
    YILU_NOTIFY_LEASE_MS: z.coerce.number().int().min(100).max(86_400_000).default(300_000),
    YILU_DEV_LOGIN: bool,
    YILU_ADMIN_USERNAME: z.string().optional(),
    YILU_ADMIN_PASSWORD: z.string().optional(),
    YILU_TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    YILU_AUTH_RATE_LIMIT_PER_MIN: z.coerce.number().int().min(1).default(30),
    YILU_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    YILU_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    YILU_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    YILU_ID_ENCRYPTION_KEY: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes in base64 (openssl rand -base64 32)')
      .optional(),
    YILU_CHECKIN_RADIUS_M: z.coerce.number().int().min(50).max(5000).default(300),
    YILU_MIN_ATTENDANCE_SHARE: z.coerce
      .number()
      .min(0, 'must be from 0 to 1')
      .max(1, 'must be from 0 to 1')
      .default(DEFAULT_MIN_ATTENDANCE_SHARE),
    YILU_POINTS_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
    YILU_CLASSES_CACHE_MS: z.coerce.number().int().min(0).max(300_000).default(10_000),
    YILU_JOBS_CACHE_MS: z.coerce.number().int().min(0).max(300_000).default(10_000),
    YILU_CLUSTER_REFRESH_MS: z.coerce.number().int().min(0).max(600_000).default(3000),
    YILU_WISH_OVERDUE_DAYS: z.coerce.number().int().min(1).max(365).default(DEFAULT_WISH_OVERDUE_DAYS),
    YILU_GEOCODER: z.enum(['off', 'amap', 'tencent']).default('off'),
    YILU_GEOCODER_KEY: z.string().default(''),
    YILU_GEOCODER_BASE_URL: z.url().optional(),
  })
  .superRefine((env, ctx) => {
    const prod = env.NODE_ENV === 'production';
    if (prod && !env.YILU_JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['YILU_JWT_SECRET'], message: 'is required in production' });
    }
    if (prod && !env.YILU_ID_ENCRYPTION_KEY) {
      ctx.addIssue({ code: 'custom', path: ['YILU_ID_ENCRYPTION_KEY'], message: 'is required in production' });
    }
    if (prod && env.YILU_DEV_LOGIN) {
      ctx.addIssue({ code: 'custom', path: ['YILU_DEV_LOGIN'], message: 'must not be enabled in production' });
    }
    if (prod && (!env.YILU_WECHAT_APPID || !env.YILU_WECHAT_SECRET)) {
      ctx.addIssue({ code: 'custom', path: ['YILU_WECHAT_APPID'], message: 'WeChat app id and secret are required in production' });
    }
    if (prod && env.YILU_NOTIFY_LEASE_MS < MIN_PRODUCTION_LEASE_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['YILU_NOTIFY_LEASE_MS'],
        message: `must be at least ${MIN_PRODUCTION_LEASE_MS} in production (longer than a WeChat send may take)`,
      });
    }
    if (env.YILU_ADMIN_USERNAME && !env.YILU_ADMIN_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['YILU_ADMIN_PASSWORD'], message: 'is required with YILU_ADMIN_USERNAME' });
    }
    if (env.YILU_GEOCODER !== 'off' && !env.YILU_GEOCODER_KEY) {
      ctx.addIssue({ code: 'custom', path: ['YILU_GEOCODER_KEY'], message: `is required with YILU_GEOCODER=${env.YILU_GEOCODER}` });
    }
    if (prod && env.YILU_ADMIN_PASSWORD && env.YILU_ADMIN_PASSWORD.length < 12) {
      ctx.addIssue({ code: 'custom', path: ['YILU_ADMIN_PASSWORD'], message: 'must be at least 12 characters in production' });
    }
  });

export interface Config {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  mongodbUri: string;
  dbName: string;
  jwtSecret: string;
  accessTokenTtlS: number;
  refreshTokenTtlS: number;
  wechat: { appId: string; secret: string; apiBase: string };
  /** WeChat subscribe-message template id per notification kind; a kind without one is only in the inbox. */
  wechatTemplates: Partial<Record<NotificationKind, string>>;
  /** How often the reminders scheduler runs (0: not at all). */
  schedulerMs: number;
  /**
   * A failed WeChat send is tried this many times in all, waiting retryMs, then twice that, … between tries; a
   * message claimed (or a try begun) longer than leaseMs ago without an outcome is taken over by another sweep.
   */
  notify: { maxAttempts: number; retryMs: number; leaseMs: number };
  devLogin: boolean;
  bootstrapAdmin?: { username: string; password: string };
  trustProxy: number;
  authRateLimitPerMin: number;
  loginMaxFailures: number;
  logLevel: string;
  shutdownTimeoutMs: number;
  idEncryptionKey: Buffer;
  checkInRadiusM: number;
  /** Share of a class's sessions a worker must attend to complete it (0–1). */
  minAttendanceShare: number;
  pointsPollMs: number;
  classesCacheMs: number;
  /** How old each instance's snapshot of open jobs may get before a background reload. */
  jobsCacheMs: number;
  clusterRefreshMs: number;
  /** A wish open longer than this many days is overdue. */
  wishOverdueDays: number;
  /** Address look-up: off, or a provider's web service with its key. */
  geocoder: { provider: 'off' | 'amap' | 'tencent'; key: string; baseUrl: string };
}

/** Where each geocoder's web service answers (YILU_GEOCODER_BASE_URL points tests at a local stand-in). */
const GEOCODER_BASE_URLS = { off: '', amap: 'https://restapi.amap.com', tencent: 'https://apis.map.qq.com' } as const;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment; throws a ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    mongodbUri: e.MONGODB_URI,
    dbName: e.YILU_DB_NAME,
    jwtSecret: e.YILU_JWT_SECRET ?? DEV_JWT_SECRET,
    accessTokenTtlS: e.YILU_ACCESS_TOKEN_TTL_S,
    refreshTokenTtlS: e.YILU_REFRESH_TOKEN_TTL_S,
    wechat: { appId: e.YILU_WECHAT_APPID, secret: e.YILU_WECHAT_SECRET, apiBase: e.YILU_WECHAT_API_BASE },
    wechatTemplates: e.YILU_WECHAT_TEMPLATES,
    schedulerMs: e.YILU_SCHEDULER_MS,
    notify: { maxAttempts: e.YILU_NOTIFY_MAX_ATTEMPTS, retryMs: e.YILU_NOTIFY_RETRY_MS, leaseMs: e.YILU_NOTIFY_LEASE_MS },
    devLogin: e.YILU_DEV_LOGIN,
    bootstrapAdmin:
      e.YILU_ADMIN_USERNAME && e.YILU_ADMIN_PASSWORD ? { username: e.YILU_ADMIN_USERNAME, password: e.YILU_ADMIN_PASSWORD } : undefined,
    trustProxy: e.YILU_TRUST_PROXY,
    authRateLimitPerMin: e.YILU_AUTH_RATE_LIMIT_PER_MIN,
    loginMaxFailures: e.YILU_LOGIN_MAX_FAILURES,
    logLevel: e.YILU_LOG_LEVEL,
    shutdownTimeoutMs: e.YILU_SHUTDOWN_TIMEOUT_MS,
    idEncryptionKey: Buffer.from(e.YILU_ID_ENCRYPTION_KEY ?? DEV_ID_KEY, 'base64'),
    checkInRadiusM: e.YILU_CHECKIN_RADIUS_M,
    minAttendanceShare: e.YILU_MIN_ATTENDANCE_SHARE,
    pointsPollMs: e.YILU_POINTS_POLL_MS,
    classesCacheMs: e.YILU_CLASSES_CACHE_MS,
    jobsCacheMs: e.YILU_JOBS_CACHE_MS,
    clusterRefreshMs: e.YILU_CLUSTER_REFRESH_MS,
    wishOverdueDays: e.YILU_WISH_OVERDUE_DAYS,
    geocoder: {
      provider: e.YILU_GEOCODER,
      key: e.YILU_GEOCODER_KEY,
      baseUrl: e.YILU_GEOCODER_BASE_URL ?? GEOCODER_BASE_URLS[e.YILU_GEOCODER],
    },
  };
}
