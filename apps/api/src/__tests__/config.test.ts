import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';

const base = { MONGODB_URI: 'mongodb://127.0.0.1:27017' };

describe('loadConfig', () => {
  it('applies documented defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ env: 'development', port: 3000, dbName: 'yilu', devLogin: false, accessTokenTtlS: 900 });
    expect(config.wechat.apiBase).toBe('https://api.weixin.qq.com');
  });

  it('refuses to start without a database URI, naming the variable', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({})).toThrow(/MONGODB_URI/);
    expect(() => loadConfig({ MONGODB_URI: 'http://x' })).toThrow(/MONGODB_URI: must be a mongodb/);
  });

  it('refuses unsafe production settings', () => {
    const prod = { ...base, NODE_ENV: 'production' };
    expect(() => loadConfig(prod)).toThrow(/YILU_JWT_SECRET: is required in production/);
    expect(() => loadConfig(prod)).toThrow(/YILU_ID_ENCRYPTION_KEY: is required in production/);
    const ok = {
      ...prod,
      YILU_JWT_SECRET: 's'.repeat(40),
      YILU_WECHAT_APPID: 'wx1',
      YILU_WECHAT_SECRET: 'sec',
      YILU_ID_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    };
    expect(() => loadConfig(ok)).not.toThrow();
    expect(() => loadConfig({ ...ok, YILU_DEV_LOGIN: 'true' })).toThrow(/YILU_DEV_LOGIN: must not be enabled/);
    expect(() => loadConfig({ ...ok, YILU_ADMIN_USERNAME: 'root', YILU_ADMIN_PASSWORD: 'short' })).toThrow(/at least 12/);
  });

  it('asks for 80 % attendance unless told, and only a share from 0 to 1', () => {
    expect(loadConfig(base).minAttendanceShare).toBe(0.8);
    expect(loadConfig({ ...base, YILU_MIN_ATTENDANCE_SHARE: '0.75' }).minAttendanceShare).toBe(0.75);
    expect(() => loadConfig({ ...base, YILU_MIN_ATTENDANCE_SHARE: '80' })).toThrow(/YILU_MIN_ATTENDANCE_SHARE: must be from 0 to 1/);
    expect(() => loadConfig({ ...base, YILU_MIN_ATTENDANCE_SHARE: 'most' })).toThrow(/YILU_MIN_ATTENDANCE_SHARE/);
  });

  it('takes a notify claim over after five minutes unless told, and not sooner than a minute in production', () => {
    expect(loadConfig(base).notify.leaseMs).toBe(300_000);
    expect(loadConfig({ ...base, YILU_NOTIFY_LEASE_MS: '2000' }).notify.leaseMs).toBe(2000);
    expect(() => loadConfig({ ...base, YILU_NOTIFY_LEASE_MS: 'soon' })).toThrow(/YILU_NOTIFY_LEASE_MS/);
    const prod = {
      ...base,
      NODE_ENV: 'production',
      YILU_JWT_SECRET: 's'.repeat(40),
      YILU_WECHAT_APPID: 'wx1',
      YILU_WECHAT_SECRET: 'sec',
      YILU_ID_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    };
    expect(() => loadConfig({ ...prod, YILU_NOTIFY_LEASE_MS: '2000' })).toThrow(
      /YILU_NOTIFY_LEASE_MS: must be at least 60000 in production/,
    );
    expect(loadConfig({ ...prod, YILU_NOTIFY_LEASE_MS: '60000' }).notify.leaseMs).toBe(60_000);
  });

  it('lists every bad variable at once', () => {
    try {
      loadConfig({ ...base, PORT: 'abc', YILU_LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toMatch(/PORT/);
      expect(String(error)).toMatch(/YILU_LOG_LEVEL/);
    }
  });
});
