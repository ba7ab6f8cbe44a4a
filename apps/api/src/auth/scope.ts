import { areaPrefix, areaStaffRoles, isWithinArea, type SessionUser } from '@yilu/shared';
import { trusted } from 'mongoose';
import { areaName } from '../areas/area-name.js';
import { escapeRegex } from '../db/regex.js';
import { forbidden } from '../http/problem.js';

/**
 * Who sees what: admins everything, district and community staff their administrative area (a code prefix:
 * 650109 holds 650109001001), providers their own classes and enrollments, employers their own postings and
 * applicants, workers only their own things.
 */

/** Whether the user keeps an area's listings: an admin, or district or community staff. */
export const isAreaStaff = (user?: SessionUser): user is SessionUser => Boolean(user && areaStaffRoles.includes(user.role));

/** The database filter for documents whose `areaCode` lies inside `areaCode`. */
export const withinAreaFilter = (areaCode: string) => ({ areaCode: trusted({ $regex: `^${escapeRegex(areaPrefix(areaCode))}` }) });

/** The database filter limiting staff to their administrative area; admins see everything. */
export function areaScopeFilter(user: SessionUser): Record<string, unknown> {
  if (user.role === 'admin') return {};
  if (!user.areaCode) throw forbidden();
  return withinAreaFilter(user.areaCode);
}

/** Whether an area lies inside the staff member's own (always, for admins). */
export function inScope(user: SessionUser, areaCode: string): boolean {
  return user.role === 'admin' || (Boolean(user.areaCode) && isWithinArea(user.areaCode!, areaCode));
}

/** The database filter of what a provider or staff member manages (classes, enrollments); workers manage nothing. */
export function managedFilter(user?: SessionUser): Record<string, unknown> {
  if (user?.role === 'provider') return { providerId: user.providerId };
  if (!isAreaStaff(user)) throw forbidden();
  return areaScopeFilter(user);
}

/** Whether the user manages a class or enrollment: its provider, or staff of its area. */
export function canManage(user: SessionUser, item: { providerId?: string | null; areaCode?: string | null }): boolean {
  if (user.role === 'provider') return user.providerId === (item.providerId ?? '');
  return isAreaStaff(user) && inScope(user, item.areaCode ?? '');
}

/** The database filter of the postings and applications a user manages: an employer's own, staff those of their area. */
export function hiringFilter(user: SessionUser): Record<string, unknown> {
  if (user.role === 'employer') return { employerKey: user.creditCode ?? '' };
  if (!isAreaStaff(user)) throw forbidden();
  return areaScopeFilter(user);
}

/** Whether the user manages a posting or an application: its employer, or staff of its area. */
export function canHire(user: SessionUser, item: { employerKey?: string | null; areaCode?: string | null }): boolean {
  if (user.role === 'employer') return Boolean(user.creditCode) && user.creditCode === item.employerKey;
  return isAreaStaff(user) && inScope(user, item.areaCode ?? '');
}

/** The scope as people name it: the provider, the area ("乌鲁木齐市米东区") or 全部区域 for admins. */
export function scopeName(user: SessionUser): string {
  if (user.role === 'provider') return user.providerId ?? '';
  if (user.role === 'employer') return user.employerName ?? '';
  return user.areaCode ? areaName(user.areaCode) : '全部区域';
}
