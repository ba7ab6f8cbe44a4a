import { areaPrefix, isWithinArea, type SessionUser } from '@yilu/shared';
import { trusted } from 'mongoose';
import { forbidden } from '../http/problem.js';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The database filter limiting staff to their administrative area; admins see everything. */
export function areaScopeFilter(user: SessionUser): Record<string, unknown> {
  if (user.role === 'admin') return {};
  if (!user.areaCode) throw forbidden();
  return { areaCode: trusted({ $regex: `^${escapeRegex(areaPrefix(user.areaCode))}` }) };
}

export function inScope(user: SessionUser, areaCode: string): boolean {
  return user.role === 'admin' || (Boolean(user.areaCode) && isWithinArea(user.areaCode!, areaCode));
}

export { escapeRegex };
