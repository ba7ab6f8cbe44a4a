import { z } from 'zod';
import './locale.js';
import { areaCodeSchema } from './area.js';
import { creditCodeSchema } from './credit-code.js';
import { passwordSchema, usernameSchema } from './auth.js';
import { pageQuerySchema } from './pagination.js';
import { text } from './text.js';
import { areaScopedRoles, roleSchema, staffRoleSchema, type Role } from './roles.js';

const displayNameSchema = text({ min: 1, max: 40 });
const providerIdSchema = text({ min: 1, max: 64 });
const employerNameSchema = text({ min: 2, max: 60 });

/**
 * Scope rules shared by the create and update forms: area staff need an area, providers a provider id.
 * Returns the issues so both zod refinements and the admin form can show them on the right field.
 */
export function scopeIssues(v: {
  role?: string;
  areaCode?: string | null;
  providerId?: string | null;
  employerName?: string | null;
  creditCode?: string | null;
}) {
  const issues: { path: string; message: string }[] = [];
  if (areaScopedRoles.includes(v.role as Role) && !v.areaCode) {
    issues.push({ path: 'areaCode', message: '区县或社区工作人员必须指定管辖区域' });
  }
  if (v.role === 'district_staff' && v.areaCode && v.areaCode.length !== 6) {
    issues.push({ path: 'areaCode', message: '区县工作人员的区域须为 6 位区县代码' });
  }
  if (v.role === 'provider' && !v.providerId) {
    issues.push({ path: 'providerId', message: '培训机构账号必须指定机构编号' });
  }
  if (v.role === 'employer') {
    if (!v.employerName) issues.push({ path: 'employerName', message: '用人单位账号必须填写单位名称' });
    if (!v.creditCode) issues.push({ path: 'creditCode', message: '用人单位账号必须填写统一社会信用代码' });
    if (!v.areaCode) issues.push({ path: 'areaCode', message: '用人单位账号必须指定所在区域' });
  }
  return issues;
}

export const createAccountBodySchema = z
  .strictObject({
    username: usernameSchema,
    password: passwordSchema,
    displayName: displayNameSchema,
    role: staffRoleSchema,
    areaCode: areaCodeSchema.optional(),
    providerId: providerIdSchema.optional(),
    employerName: employerNameSchema.optional(),
    creditCode: creditCodeSchema.optional(),
  })
  .superRefine((v, ctx) => {
    for (const i of scopeIssues(v)) ctx.addIssue({ code: 'custom', path: [i.path], message: i.message });
  })
  .meta({ id: 'CreateAccountBody' });

export const updateAccountBodySchema = z
  .strictObject({
    displayName: displayNameSchema.optional(),
    role: staffRoleSchema.optional(),
    areaCode: areaCodeSchema.nullable().optional(),
    providerId: providerIdSchema.nullable().optional(),
    employerName: employerNameSchema.nullable().optional(),
    creditCode: creditCodeSchema.nullable().optional(),
    disabled: z.boolean().optional(),
    password: passwordSchema.optional(),
  })
  .meta({ id: 'UpdateAccountBody' });

export const accountSchema = z
  .object({
    id: z.string(),
    username: z.string().optional(),
    displayName: z.string(),
    role: roleSchema,
    areaCode: z.string().optional(),
    providerId: z.string().optional(),
    employerName: z.string().optional(),
    creditCode: z.string().optional(),
    disabled: z.boolean(),
    createdAt: z.string(),
    lastLoginAt: z.string().optional(),
  })
  .meta({ id: 'Account' });

export const listAccountsQuerySchema = pageQuerySchema
  .extend({
    role: roleSchema.optional(),
    q: text({ max: 32 }).optional().meta({ description: 'Part of a username or display name' }),
  })
  .meta({ id: 'ListAccountsQuery' });

export type CreateAccountBody = z.infer<typeof createAccountBodySchema>;
export type UpdateAccountBody = z.infer<typeof updateAccountBodySchema>;
export type Account = z.infer<typeof accountSchema>;
export type ListAccountsQuery = z.infer<typeof listAccountsQuerySchema>;
