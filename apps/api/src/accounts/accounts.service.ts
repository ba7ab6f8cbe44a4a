import { isValidObjectId, trusted } from 'mongoose';
import { scopeIssues, type Account, type CreateAccountBody, type ListAccountsQuery, type Page, type UpdateAccountBody } from '@yilu/shared';
import type { AppContext } from '../context.js';
import { hashPassword } from '../auth/passwords.js';
import { badRequest, conflict, notFound } from '../http/problem.js';
import { escapeRegex } from '../db/regex.js';
import { toAccount } from './account.dto.js';
import { isDuplicateKey } from '../db/duplicate-key.js';

export function createAccountsService(ctx: AppContext) {
  const { Account } = ctx.models;

  async function findOr404(id: string) {
    const account = isValidObjectId(id) ? await Account.findById(id) : null;
    if (!account) throw notFound('账号不存在');
    return account;
  }

  return {
    async list(query: ListAccountsQuery): Promise<Page<Account>> {
      const filter: Record<string, unknown> = {};
      if (query.role) filter.role = query.role;
      if (query.q) {
        const pattern = trusted({ $regex: escapeRegex(query.q), $options: 'i' });
        filter.$or = [{ username: pattern }, { displayName: pattern }];
      }
      const [items, total] = await Promise.all([
        Account.find(filter)
          .sort({ createdAt: -1 })
          .skip((query.page - 1) * query.pageSize)
          .limit(query.pageSize),
        Account.countDocuments(filter),
      ]);
      return { items: items.map(toAccount), total, page: query.page, pageSize: query.pageSize };
    },

    get: async (id: string) => toAccount(await findOr404(id)),

    async create(body: CreateAccountBody): Promise<Account> {
      if (await Account.exists({ username: body.username })) {
        throw conflict('用户名已被使用', [{ field: 'body.username', message: '用户名已被使用' }]);
      }
      const { password, ...rest } = body;
      try {
        const account = await Account.create({ ...rest, passwordHash: await hashPassword(password) });
        return toAccount(account);
      } catch (error) {
        if (isDuplicateKey(error)) {
          throw conflict('用户名已被使用', [{ field: 'body.username', message: '用户名已被使用' }]);
        }
        throw error;
      }
    },

    async update(id: string, body: UpdateAccountBody, actorId: string): Promise<Account> {
      const account = await findOr404(id);
      if (account.role === 'worker' && (body.role || body.password)) {
        throw badRequest('骑手账号通过微信登录，不能设置角色或密码', [{ field: 'body.role', message: '骑手账号不能修改角色' }]);
      }
      if (id === actorId && (body.disabled || (body.role && body.role !== 'admin'))) {
        throw badRequest('不能停用自己的账号或取消自己的管理员角色', [{ field: 'body.role', message: '不能修改自己的角色或状态' }]);
      }
      const next = {
        role: body.role ?? account.role,
        areaCode: body.areaCode === undefined ? account.areaCode : body.areaCode,
        providerId: body.providerId === undefined ? account.providerId : body.providerId,
        employerName: body.employerName === undefined ? account.employerName : body.employerName,
        creditCode: body.creditCode === undefined ? account.creditCode : body.creditCode,
      };
      const issues = scopeIssues(next);
      if (issues.length)
        throw badRequest(
          '账号的角色与管辖范围不匹配',
          issues.map((i) => ({ field: `body.${i.path}`, message: i.message })),
        );

      if (body.displayName !== undefined) account.displayName = body.displayName;
      account.role = next.role;
      account.areaCode = next.areaCode ?? undefined;
      account.providerId = next.providerId ?? undefined;
      account.employerName = next.employerName ?? undefined;
      account.creditCode = next.creditCode ?? undefined;
      if (body.disabled !== undefined) account.disabled = body.disabled;
      if (body.password) account.passwordHash = await hashPassword(body.password);
      await account.save();
      if (body.disabled || body.password) await ctx.refreshTokens.revokeAllFor(account._id);
      return toAccount(account);
    },
  };
}

/** Creates the first admin when no account has that username yet; never overwrites an existing one. */
export async function ensureAdmin(ctx: AppContext, username: string, password: string): Promise<boolean> {
  if (await ctx.models.Account.exists({ username })) return false;
  await createAccountsService(ctx).create({ username, password, displayName: '系统管理员', role: 'admin' });
  return true;
}
