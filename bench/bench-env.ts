/** The API's environment in every benchmark: production settings with throwaway secrets, quiet logs. */
export const benchEnv = (mongodbUri: string) => ({
  NODE_ENV: 'production',
  MONGODB_URI: mongodbUri,
  YILU_JWT_SECRET: 'b'.repeat(40),
  YILU_WECHAT_APPID: 'x',
  YILU_WECHAT_SECRET: 'x',
  YILU_ID_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
  YILU_LOG_LEVEL: 'warn',
});
