import { z } from 'zod';

/** RFC 9457 problem details, the body of every 4xx and 5xx answer. */
export const fieldErrorSchema = z.object({
  field: z.string().meta({ description: 'Path of the invalid field, e.g. "body.username" or "query.page"' }),
  message: z.string(),
});

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export type FieldError = z.infer<typeof fieldErrorSchema>;
export type Problem = z.infer<typeof problemSchema>;
