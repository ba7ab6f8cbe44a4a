import type { Account, SessionUser } from '@yilu/shared';
import type { HydratedDocument } from 'mongoose';
import type { AccountFields } from './account.model.js';

type AccountDoc = HydratedDocument<AccountFields> & { createdAt?: Date };

const optional = <K extends string>(key: K, value: string | null | undefined) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

/** The public shape of an account: never the password hash or the WeChat openid. */
export function toAccount(doc: AccountDoc): Account {
  return {
    id: doc._id.toString(),
    ...optional('username', doc.username),
    displayName: doc.displayName,
    role: doc.role as Account['role'],
    ...optional('areaCode', doc.areaCode),
    ...optional('providerId', doc.providerId),
    ...optional('employerName', doc.employerName),
    ...optional('creditCode', doc.creditCode),
    disabled: Boolean(doc.disabled),
    createdAt: (doc.createdAt ?? new Date()).toISOString(),
    ...optional('lastLoginAt', doc.lastLoginAt?.toISOString()),
  };
}

export function toSessionUser(doc: AccountDoc): SessionUser {
  return {
    id: doc._id.toString(),
    role: doc.role as SessionUser['role'],
    displayName: doc.displayName,
    ...optional('areaCode', doc.areaCode),
    ...optional('providerId', doc.providerId),
    ...optional('employerName', doc.employerName),
    ...optional('creditCode', doc.creditCode),
  };
}
