import { z } from 'zod';
import './locale.js';
import { labelled } from './field-labels.zh-CN.js';
import { roleSchema } from './roles.js';
import { text } from './text.js';

export const usernameSchema = text({ min: 3, max: 32 }).regex(/^[A-Za-z0-9_.-]+$/, labelled('只能包含字母、数字、下划线、点和连字符'));

/** Argon2 hashes anything, but a bound keeps a login request cheap to refuse. */
export const passwordSchema = text({ max: 128, trim: false }).min(8, '密码至少 8 位');

export const staffLoginBodySchema = z
  .strictObject({ username: usernameSchema, password: text({ min: 1, max: 128, trim: false }) })
  .meta({ id: 'StaffLoginBody' });

export const wechatLoginBodySchema = z
  .strictObject({ code: text({ min: 1, max: 128, trim: false }).meta({ description: 'Code from wx.login()' }) })
  .meta({ id: 'WechatLoginBody' });

export const devLoginBodySchema = z
  .strictObject({ nickname: text({ min: 1, max: 32 }).default('测试骑手') })
  .meta({ id: 'DevLoginBody', description: 'Development-only worker sign-in, enabled by YILU_DEV_LOGIN=true' });

export const refreshBodySchema = z.strictObject({ refreshToken: text({ min: 20, max: 200, trim: false }) }).meta({ id: 'RefreshBody' });

export const sessionUserSchema = z
  .object({
    id: z.string(),
    role: roleSchema,
    displayName: z.string(),
    areaCode: z.string().optional(),
    providerId: z.string().optional(),
    employerName: z.string().optional().meta({ description: 'The company of an employer account' }),
    creditCode: z.string().optional().meta({ description: 'The 统一社会信用代码 of an employer account: its postings are its own' }),
  })
  .meta({ id: 'SessionUser' });

export const tokenPairSchema = z
  .object({
    accessToken: z.string(),
    accessTokenExpiresAt: z.string().meta({ description: 'ISO-8601' }),
    refreshToken: z.string(),
    refreshTokenExpiresAt: z.string(),
    user: sessionUserSchema,
  })
  .meta({ id: 'TokenPair' });

export type StaffLoginBody = z.infer<typeof staffLoginBodySchema>;
export type SessionUser = z.infer<typeof sessionUserSchema>;
export type TokenPair = z.infer<typeof tokenPairSchema>;
