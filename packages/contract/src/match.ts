import type { Operation } from './operation.js';

/** Fills `{name}` path parameters, each URL-encoded. */
export function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`path parameter "${name}" is missing for ${path}`);
    return encodeURIComponent(value);
  });
}

/** The Express form of a contract path: `/courses/{id}` → `/courses/:id`. */
export const expressPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** Whether the query chooses this operation among those sharing its path and method. */
export function selects(operation: Operation, query: Record<string, unknown>): boolean {
  const { anyOf, noneOf } = operation.selectedBy ?? {};
  if (anyOf && !anyOf.some((key) => key in query)) return false;
  return !noneOf?.some((key) => key in query);
}

const patterns = new WeakMap<Operation, RegExp>();
const patternOf = (operation: Operation) => {
  let pattern = patterns.get(operation);
  if (!pattern) {
    pattern = new RegExp(`^${operation.path.replace(/\{\w+\}/g, '[^/]+')}$`);
    patterns.set(operation, pattern);
  }
  return pattern;
};

/**
 * The operation a request reaches, by method, path (under the API base) and query; literal paths win over
 * parameters (`/courses/trades` before `/courses/{id}`), as in the API's route order.
 */
export function matchOperation<T extends Record<string, Operation>>(
  operations: T,
  method: string,
  path: string,
  query: Record<string, unknown> = {},
): { id: keyof T & string; operation: T[keyof T] } | undefined {
  const candidates = Object.entries(operations)
    .filter(([, op]) => op.method === method.toLowerCase() && patternOf(op).test(path) && selects(op, query))
    .sort(([, a], [, b]) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0));
  const found = candidates[0];
  return found && { id: found[0] as keyof T & string, operation: found[1] as T[keyof T] };
}
