import { z } from 'zod';
import { auditEntities, listAuditQuerySchema, pageOf } from '@yilu/shared';
import { isoTime } from './common.js';
import { defineOperations, roles } from './operation.js';

export const auditRecordSchema = z
  .object({
    id: z.string(),
    at: isoTime,
    actor: z.object({ id: z.string(), name: z.string() }),
    action: z.string().meta({ description: 'create, update, verify, delete, view_id_number, approve, result, certify, …' }),
    entity: z.enum(auditEntities),
    entityId: z.string(),
    entityLabel: z
      .string()
      .optional()
      .meta({ description: "The record as people name it: a point's or class's name, an enrollment's trainee and class" }),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  })
  .meta({ id: 'AuditRecord', description: 'Who did what to which record, when, with the values before and after' });
export type AuditRecord = z.infer<typeof auditRecordSchema>;

export const auditOperations = defineOperations({
  listAudit: {
    method: 'get',
    path: '/audit',
    access: roles('admin', 'district_staff', 'community_staff', 'provider'),
    tag: 'audit',
    summary: 'The audit trail in your scope, newest first: changes to records and views of full ID numbers',
    description:
      'Admins see everything, area staff the records of their area, providers their own classes and enrollments. ' +
      '`from` and `to` are Beijing calendar days, both included.',
    query: listAuditQuerySchema,
    responses: { 200: pageOf(auditRecordSchema) },
    problems: [400, 401, 403],
  },
});
