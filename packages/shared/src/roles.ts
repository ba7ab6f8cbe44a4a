import { z } from 'zod';
import './locale.js';

export const staffRoles = ['admin', 'district_staff', 'community_staff', 'provider', 'employer'] as const;
export const roles = [...staffRoles, 'worker'] as const;

export const roleSchema = z.enum(roles).meta({ id: 'Role', description: 'Account role' });
export const staffRoleSchema = z.enum(staffRoles).meta({ id: 'StaffRole' });

export type Role = z.infer<typeof roleSchema>;
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** Roles whose scope is an administrative area. */
export const areaScopedRoles: readonly Role[] = ['district_staff', 'community_staff'];

/** Roles that keep listings and classes of an area true: admins everywhere, district and community staff in theirs. */
export const areaStaffRoles: readonly Role[] = ['admin', ...areaScopedRoles];
