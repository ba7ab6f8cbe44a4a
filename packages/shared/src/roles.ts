import { z } from 'zod';

export const staffRoles = ['admin', 'district_staff', 'community_staff', 'provider'] as const;
export const roles = [...staffRoles, 'worker'] as const;

export const roleSchema = z.enum(roles).meta({ id: 'Role', description: 'Account role' });
export const staffRoleSchema = z.enum(staffRoles).meta({ id: 'StaffRole' });

export type Role = z.infer<typeof roleSchema>;
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** Roles whose scope is an administrative area. */
export const areaScopedRoles: readonly Role[] = ['district_staff', 'community_staff'];
