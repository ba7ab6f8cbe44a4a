import type { OperationId } from './index.js';
import { isFileAnswer, isNoContent, type Access, type Method, type Operation, type SuccessStatus } from './operation.js';

export { fillPath } from './match.js';

export const API_BASE = '/api/v1';

/**
 * What a client needs of an operation to call it, without its schemas: the apps' bundles then need neither zod nor
 * the schemas' construction to make a request (the h5 app's first page would spend most of its start on them).
 */
export interface Route {
  readonly method: Method;
  readonly path: `/${string}`;
  readonly access: Access;
  /** Sends a JSON body (an upload sends its file instead). */
  readonly body: boolean;
  readonly answers: Readonly<Partial<Record<SuccessStatus, 'json' | 'file' | 'empty'>>>;
}

export type Routes = { readonly [K in OperationId]: Route };

export function routeOf(op: Operation): Route {
  const answers = Object.fromEntries(
    Object.entries(op.responses).map(([status, answer]) => [
      status,
      isFileAnswer(answer) ? 'file' : isNoContent(answer) ? 'empty' : 'json',
    ]),
  );
  return { method: op.method, path: op.path, access: op.access, body: !!op.body && !op.upload, answers };
}
