import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { fieldErrorsFromZod, type FieldError } from '@yilu/shared';
import { badRequest } from './problem.js';

interface Schemas {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
}

/**
 * Validates the request against strict zod schemas. The parsed body replaces `req.body`; parsed query and path
 * parameters go to `res.locals.query` / `res.locals.params` (Express 5's `req.query` is read-only).
 * Every invalid field is reported at once, named by where it came from ("body.username").
 */
export function validate(schemas: Schemas): RequestHandler {
  return (req, res, next) => {
    const errors: FieldError[] = [];
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      const result = schema.safeParse(part === 'body' ? (req.body ?? {}) : req[part]);
      if (!result.success) {
        errors.push(...fieldErrorsFromZod(result.error, part));
        continue;
      }
      if (part === 'body') req.body = result.data;
      else res.locals[part] = result.data;
    }
    if (errors.length) return next(badRequest('请求参数校验失败', errors));
    next();
  };
}
