import { z } from 'zod';
import './locale.js';
import { labelled } from './field-labels.zh-CN.js';
import { pageQuerySchema } from './pagination.js';
import { text } from './text.js';

/** The kinds of record the audit trail follows. */
export const auditEntities = ['point', 'point_report', 'course', 'enrollment', 'certificate', 'wish', 'job', 'job_application'] as const;
export type AuditEntity = (typeof auditEntities)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, labelled('须为 YYYY-MM-DD 格式，如 2026-12-01'));

/** The audit trail in the caller's scope, newest first; `from` and `to` are Beijing calendar days, both included. */
export const listAuditQuerySchema = pageQuerySchema
  .extend({
    entity: z.enum(auditEntities).optional(),
    entityId: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,40}$/, labelled('格式错误'))
      .optional(),
    actorId: z
      .string()
      .regex(/^[a-f0-9]{24}$/, labelled('格式错误'))
      .optional(),
    actor: text({ min: 1, max: 40 }).optional().meta({ description: "Part of the actor's display name" }),
    action: z
      .string()
      .regex(/^[a-z_]{1,40}$/, labelled('格式错误'))
      .optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '结束日期不能早于开始日期', path: ['to'] })
  .meta({ id: 'ListAuditQuery' });

export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;
