import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { problemSchema } from '@yilu/shared';
import { allowedRoles, isFileAnswer, isNoContent, problemStatuses, type Access, type Answer, type Operation } from './operation.js';
import { operations } from './index.js';

const reasons: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No content',
  400: 'Invalid request',
  401: 'Not signed in or the token expired',
  403: 'Not allowed for this role',
  404: 'Not found or out of your scope',
  409: 'Conflicts with the current state',
  413: 'File too large',
  415: 'Unsupported file type',
  422: 'Refused by a rule',
  429: 'Too many requests',
  502: 'An upstream service failed',
  503: 'Database unavailable',
};
const tagDescriptions: Record<string, string> = {
  auth: 'Sign-in, token refresh and sign-out',
  accounts: 'Staff and provider accounts (admins)',
  points: 'Service points: the public map, listings kept by area staff, imports, reports about wrong listings',
  areas: 'Administrative areas: district outlines for the maps and the area check, address look-up',
  courses: 'Skill classes (一培双证) and their sessions',
  enrollments: 'Enrollment, check-in, review, results and certificates',
  certificates: 'The certificate wallet and public verification',
  uploads:
    "Photos attached to reports and wishes, readable by their author and the staff of the area (a public wish's by everyone signed in)",
  stats: 'Figures in your scope',
  audit: 'Who changed or viewed which record, in your scope',
  jobs: 'Jobs from employers: postings near workers matched to the certificates in their wallet, and applications to a start date',
  wishes: 'The wish board (心愿栏): workers post and support wishes, staff of the area answer and track them to done',
};
const binary = z.string().meta({ format: 'binary' });

function security(access: Access): Record<string, string[]>[] {
  if (access === 'public') return [];
  if (access === 'optional') return [{}, { bearer: [] }];
  return [{ bearer: [] }];
}

function answerContent(answer: Answer) {
  if (isNoContent(answer)) return undefined;
  if (isFileAnswer(answer)) return Object.fromEntries(answer.mediaTypes.map((type) => [type, { schema: binary }]));
  return { 'application/json': { schema: answer } };
}

function responses(op: Operation): ZodOpenApiResponsesObject {
  const ok = Object.entries(op.responses).map(([status, answer]) => [
    status,
    { description: reasons[+status]!, content: answerContent(answer!) },
  ]);
  const problems = problemStatuses(op).map((s) => [
    s,
    { description: reasons[s]!, content: { 'application/problem+json': { schema: problemSchema } } },
  ]);
  return Object.fromEntries([...ok, ...problems]);
}

function describe(op: Operation): string | undefined {
  const roles = allowedRoles(op.access);
  const who = roles ? `Roles: ${roles.join(', ')}.` : op.access === 'optional' ? 'Anyone; a signed-in caller may see more.' : undefined;
  return [op.description, who].filter(Boolean).join(' ') || undefined;
}

function toOpenApi(id: string, op: Operation): ZodOpenApiOperationObject {
  return {
    operationId: id,
    tags: [op.tag],
    summary: op.summary,
    description: describe(op),
    security: security(op.access),
    requestParams: { ...(op.params ? { path: op.params as never } : {}), ...(op.query ? { query: op.query as never } : {}) },
    requestBody: op.body
      ? { required: true, content: { 'application/json': { schema: op.body } } }
      : op.upload
        ? {
            required: true,
            content: {
              'multipart/form-data': {
                schema: z.object({ file: binary }),
                encoding: { file: { contentType: op.upload.mediaTypes.join(', ') } },
              },
            },
          }
        : undefined,
    responses: responses(op),
  };
}

/**
 * Operations that share a path and method (the public map and the staff listing) become one OpenAPI operation:
 * the query parameters of all, each optional, and for each status either answer.
 */
function merge(entries: [string, Operation][]): ZodOpenApiOperationObject {
  const [[firstId, first]] = entries as [[string, Operation]];
  if (entries.length === 1) return toOpenApi(firstId, first);
  const shape = Object.assign({}, ...entries.map(([, op]) => (op.query as z.ZodObject | undefined)?.shape ?? {}));
  const statuses = [...new Set(entries.flatMap(([, op]) => Object.keys(op.responses)))];
  const answers = (status: string) =>
    entries.map(([, op]) => op.responses[+status as 200]).filter((a): a is z.ZodType => !!a && !isNoContent(a) && !isFileAnswer(a));
  const ok = Object.fromEntries(
    statuses.map((s) => [s, { description: reasons[+s]!, content: { 'application/json': { schema: z.union(answers(s)) } } }]),
  );
  const problems = [...new Set(entries.flatMap(([, op]) => problemStatuses(op)))];
  const anyPublic = entries.some(([, op]) => op.access === 'public' || op.access === 'optional');
  return {
    ...toOpenApi(firstId, first),
    operationId: entries.map(([id]) => id).join('_or_'),
    summary: entries.map(([, op]) => op.summary.split(':')[0]).join(' · '),
    description: entries
      .map(
        ([id, op]) =>
          `**${id}** (${op.selectedBy?.anyOf ? `with \`${op.selectedBy.anyOf.join('` or `')}\`` : 'otherwise'}): ${op.summary}. ${describe(op) ?? ''}`,
      )
      .join('\n\n'),
    security: anyPublic ? [{}, { bearer: [] }] : [{ bearer: [] }],
    requestParams: { query: z.object(shape).partial() },
    responses: { ...responses({ ...first, responses: {}, problems }), ...ok },
  };
}

export function createOpenApiDocument(all: Record<string, Operation> = operations): ReturnType<typeof createDocument> {
  const groups = new Map<string, [string, Operation][]>();
  for (const [id, op] of Object.entries(all)) {
    const key = `${op.path} ${op.method}`;
    groups.set(key, [...(groups.get(key) ?? []), [id, op]]);
  }
  const paths: ZodOpenApiPathsObject = {};
  for (const entries of groups.values()) {
    const [, op] = entries[0]!;
    paths[op.path] = { ...paths[op.path], [op.method]: merge(entries) };
  }
  const tags = [...new Set(Object.values(all).map((op) => op.tag))].map((name) => ({ name, description: tagDescriptions[name] ?? name }));
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Yilu (驿路) API',
      version: '1.0.0',
      description:
        'Service points, skill classes and certificates for delivery riders, couriers and drivers. ' +
        'Errors are RFC 9457 problem details (application/problem+json). Generated from the contract in packages/contract.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Yilu' },
    },
    servers: [{ url: '/api/v1' }],
    tags,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  });
}
