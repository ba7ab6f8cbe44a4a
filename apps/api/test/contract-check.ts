import { isDeepStrictEqual } from 'node:util';
import { API_BASE, isSchema, matchOperation, operations, problemStatuses, type Operation } from '@yilu/contract';
import { problemSchema } from '@yilu/shared';

/** Keys present in the answer that the schema does not know (the schema would silently drop them). */
function extraKeys(sent: unknown, parsed: unknown, at = ''): string[] {
  if (Array.isArray(sent) && Array.isArray(parsed)) return sent.flatMap((v, i) => extraKeys(v, parsed[i], `${at}[${i}]`));
  if (!sent || typeof sent !== 'object' || !parsed || typeof parsed !== 'object') return [];
  return Object.entries(sent).flatMap(([k, v]) =>
    k in parsed ? extraKeys(v, (parsed as Record<string, unknown>)[k], `${at}.${k}`) : [`${at}.${k}`],
  );
}

/**
 * Checks an answer of the API against the contract: the status is one the operation declares, and a JSON body
 * matches that status's schema exactly (no missing, mistyped or undeclared fields). Every request the test harness
 * makes goes through here, so an answer that drifts from the contract fails the test that received it.
 */
export function checkAnswer(method: string, url: URL, status: number, contentType: string, body: unknown): void {
  if (!url.pathname.startsWith(API_BASE)) return;
  const found = matchOperation(operations, method, url.pathname.slice(API_BASE.length), Object.fromEntries(url.searchParams));
  if (!found) return;
  const { id } = found;
  const operation: Operation = found.operation;
  const where = `${method} ${url.pathname} (${id}) answered ${status}`;
  const declared = status in operation.responses || (problemStatuses(operation) as number[]).includes(status);
  if (!declared) throw new Error(`${where}, which the contract does not declare`);
  const schema = status >= 400 ? problemSchema : operation.responses[status as 200];
  if (!isSchema(schema) || !contentType.includes('json')) return;
  const result = schema.safeParse(body);
  if (!result.success) throw new Error(`${where} with a body that breaks the contract: ${result.error.message}`);
  const extra = extraKeys(body, result.data);
  if (extra.length && !isDeepStrictEqual(body, result.data))
    throw new Error(`${where} with fields the contract does not declare: ${extra.join(', ')}`);
}
