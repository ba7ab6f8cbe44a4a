import type { Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import type { SessionUser } from '@yilu/shared';
import {
  allowedRoles,
  expressPath,
  isNoContent,
  selects,
  type Answer,
  type FileAnswer,
  type NoContent,
  type Operation,
} from '@yilu/contract';
import type { AppContext } from '../context.js';
import { currentUser, maybeUser, optionalAuth, requireAuth } from '../auth/require-auth.js';
import { validate } from './validate.js';

/** A handler's answer with a status other than the operation's first 2xx. */
export class Reply<T = unknown> {
  constructor(
    readonly status: number,
    readonly body: T,
  ) {}
}
/** A file answer: a spreadsheet as an attachment (named), or a photo shown inline. */
export class FileReply {
  constructor(
    readonly data: Buffer,
    readonly contentType: string,
    readonly options: { attachment?: string; headers?: Record<string, string> } = {},
  ) {}
}
/** JSON already serialised (the map's answers are glued from cached bytes). */
export class RawJson {
  constructor(readonly bytes: Buffer) {}
}

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type UserOf<A> = A extends 'public' ? undefined : A extends 'optional' ? SessionUser | undefined : SessionUser;

export interface HandlerInput<O extends Operation> {
  params: Parsed<O['params']>;
  query: Parsed<O['query']>;
  body: Parsed<O['body']>;
  user: UserOf<O['access']>;
  req: Request;
  res: Response;
}

type BodyFor<A> = A extends z.ZodType ? z.input<A> | RawJson : A extends NoContent ? void : A extends FileAnswer ? FileReply : never;
type Bodies<O extends Operation> = { [S in keyof O['responses']]: BodyFor<O['responses'][S]> }[keyof O['responses']];
export type HandlerResult<O extends Operation> = Bodies<O> | Reply<Bodies<O>>;
export type Handler<O extends Operation> = (input: HandlerInput<O>) => HandlerResult<O> | Promise<HandlerResult<O>>;

export interface RouteOptions {
  /** Before authentication (rate limits). */
  before?: RequestHandler[];
  /** After validation, before the handler (multipart uploads). */
  after?: RequestHandler[];
}

function authentication(ctx: AppContext, op: Operation): RequestHandler[] {
  if (op.access === 'public') return [];
  if (op.access === 'optional') return [optionalAuth(ctx)];
  return [requireAuth(ctx, ...(allowedRoles(op.access) ?? []))];
}

function send(res: Response, op: Operation, result: unknown): void {
  const statuses = Object.keys(op.responses).map(Number);
  const status = result instanceof Reply ? result.status : statuses[0]!;
  const value = result instanceof Reply ? result.body : result;
  if (isNoContent(op.responses[status as 204] as Answer | undefined)) {
    res.status(status).end();
  } else if (value instanceof FileReply) {
    res
      .status(status)
      .type(value.contentType)
      .set(value.options.headers ?? {});
    if (value.options.attachment) res.attachment(value.options.attachment);
    res.send(value.data);
  } else if (value instanceof RawJson) {
    res.status(status).type('application/json').send(value.bytes);
  } else {
    res.status(status).json(value);
  }
}

/**
 * Wires one contract operation into the router: (the query that selects it), authentication from its access,
 * validation of params, query and body with its schemas, then the handler, whose answer is sent with the
 * operation's status. The handler's types come from the operation, so an answer that drifts from the contract
 * does not compile.
 */
export function route<O extends Operation>(router: Router, ctx: AppContext, op: O, handler: Handler<O>, options: RouteOptions = {}): void {
  const chosen: RequestHandler[] = op.selectedBy
    ? [(req, _res, next) => next(selects(op, req.query as Record<string, unknown>) ? undefined : 'route')]
    : [];
  const run: RequestHandler = async (req, res) => {
    const user = op.access === 'public' ? undefined : op.access === 'optional' ? maybeUser(res) : currentUser(res);
    const input = { params: res.locals.params, query: res.locals.query, body: op.body ? req.body : undefined, user, req, res };
    send(res, op, await handler(input as HandlerInput<O>));
  };
  router[op.method](
    expressPath(op.path),
    ...chosen,
    ...(options.before ?? []),
    ...authentication(ctx, op),
    validate({ params: op.params, query: op.query, body: op.body }),
    ...(options.after ?? []),
    run,
  );
}
