import { z } from 'zod';
import './locale.js';

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

/**
 * Turns a zod error into one entry per invalid field; an unknown key becomes an error on that key.
 * `prefix` names where the value came from: "body", "query" or "params".
 */
export function fieldErrorsFromZod(error: z.ZodError, prefix?: string): FieldError[] {
  const join = (path: PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join('.');
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: join([...issue.path, key]), message: '不允许的字段' }))
      : [{ field: join(issue.path) || (prefix ?? ''), message: issue.message }],
  );
}
