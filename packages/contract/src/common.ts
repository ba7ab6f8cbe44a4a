import { z } from 'zod';

/** A database id, as every `{id}` path parameter carries it. */
export const idParams = z.strictObject({ id: z.string().regex(/^[a-f0-9]{24}$/, '编号格式错误') });

/** A list that is not paged: the answer is `{ items }`. */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export const isoTime = z.string().meta({ description: 'ISO-8601 time with offset' });

/** Spreadsheet imports: mode=validate writes nothing; acceptValid=true imports the valid rows of a file with errors. */
export const importQuery = z.strictObject({
  mode: z.enum(['validate', 'commit']).default('validate'),
  acceptValid: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const importReportSchema = z
  .object({
    mode: z.enum(['validate', 'commit']),
    total: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    rows: z.array(
      z.object({
        row: z.number().int(),
        name: z.string().optional(),
        action: z.enum(['create', 'update', 'unchanged', 'error']),
        issues: z.array(z.object({ column: z.string(), message: z.string() })),
      }),
    ),
  })
  .meta({ id: 'ImportReport', description: 'What a bulk import found (validate) or did (commit), row by row' });
export type ImportReport = z.infer<typeof importReportSchema>;

export const sheetFile = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'] as const;
export const sheetUpload = { mediaTypes: [...sheetFile], maxBytes: 5 * 1024 * 1024 } as const;

/** An audit trail entry: who did what to a record, with the values before and after. */
export const auditEntrySchema = z
  .object({ at: isoTime, actorName: z.string(), action: z.string(), before: z.unknown().optional(), after: z.unknown().optional() })
  .meta({ id: 'AuditEntry' });
