import type { z } from 'zod';
import type { Role } from '@yilu/shared';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call an operation: anyone; anyone, with more for a signed-in caller (`optional`); any signed-in
 * account; or only the listed roles. The API derives its authentication step from this, the OpenAPI document
 * its `security`, and the client whether to send the token.
 */
export type Access = 'public' | 'optional' | 'signed-in' | { readonly roles: readonly Role[] };

/** An answer without a body (204). */
export const noContent = { kind: 'empty' } as const;
export type NoContent = typeof noContent;

/** An answer that is a file (a spreadsheet, a photo), sent as an attachment or inline. */
export interface FileAnswer {
  readonly kind: 'file';
  readonly mediaTypes: readonly string[];
}
export const fileAnswer = (...mediaTypes: string[]): FileAnswer => ({ kind: 'file', mediaTypes });

export type Answer = z.ZodType | NoContent | FileAnswer;
export type SuccessStatus = 200 | 201 | 204;
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 502 | 503;

/** A request that carries one file as multipart field `file` instead of a JSON body. */
export interface Upload {
  readonly mediaTypes: readonly string[];
  readonly maxBytes: number;
}

export interface Operation {
  readonly method: Method;
  /** Under the API base, with `{name}` for path parameters, as in OpenAPI. */
  readonly path: `/${string}`;
  readonly access: Access;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly upload?: Upload;
  readonly responses: Partial<Record<SuccessStatus, Answer>>;
  readonly problems: readonly ProblemStatus[];
  /**
   * When several operations share a path and method (the public map and the staff listing on `GET /points`),
   * the query keys that choose this one: all of `oneOf`'s keys but one absent, or none of them present.
   */
  readonly selectedBy?: { readonly anyOf?: readonly string[]; readonly noneOf?: readonly string[] };
}

/** Keeps each operation's literal types (paths, statuses, schemas) so that the API and the client can use them. */
export const defineOperations = <const T extends Record<string, Operation>>(operations: T): T => operations;

export const roles = (...list: Role[]) => ({ roles: list }) as const;

type JsonAnswerOf<A> = A extends z.ZodType ? z.output<A> : A extends NoContent ? undefined : never;

/** What a successful call answers: the union of the operation's 2xx JSON bodies (undefined for 204). */
export type AnswerOf<O extends Operation> = {
  [S in keyof O['responses']]: JsonAnswerOf<O['responses'][S]>;
}[keyof O['responses']];

/**
 * The problem statuses an operation can answer: its own, 503 for every request while the database is away,
 * and 400 and 413 for a JSON body that is malformed or over the size limit.
 */
export function problemStatuses(op: Operation): ProblemStatus[] {
  const implied: ProblemStatus[] = op.body ? [400, 413, 503] : [503];
  return [...new Set([...op.problems, ...implied])].sort((a, b) => a - b);
}

export const allowedRoles = (access: Access): readonly Role[] | undefined => (typeof access === 'object' ? access.roles : undefined);
export const isSchema = (answer: Answer | undefined): answer is z.ZodType => !!answer && '_zod' in answer;
export const isFileAnswer = (answer: Answer | undefined): answer is FileAnswer => !!answer && !isSchema(answer) && answer.kind === 'file';
export const isNoContent = (answer: Answer | undefined): answer is NoContent => !!answer && !isSchema(answer) && answer.kind === 'empty';
