import { problemSchema } from '@yilu/shared';
import type { z } from 'zod';
import type { ZodOpenApiResponsesObject } from 'zod-openapi';

export const jsonBody = (schema: z.ZodType) => ({ required: true, content: { 'application/json': { schema } } });

export const jsonResponse = (description: string, schema: z.ZodType) => ({
  description,
  content: { 'application/json': { schema } },
});

/** The problem responses an operation can give, each an RFC 9457 body. */
export function problems(...statuses: number[]): ZodOpenApiResponsesObject {
  return Object.fromEntries(
    statuses.map((s) => [s, { description: 'Problem', content: { 'application/problem+json': { schema: problemSchema } } }]),
  );
}
