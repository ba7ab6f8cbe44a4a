import type { FieldError, Problem } from '@yilu/shared';
import { t } from '../locales/zh-CN';

/** A failed API call, carrying the problem details the API sent (RFC 9457). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  /** Field errors keyed by form field: "body.areaCode" → "areaCode". */
  fieldMessages(): Record<string, string> {
    const messages: Record<string, string> = {};
    for (const e of this.fieldErrors) {
      const key = e.field.replace(/^(body|query|params)\./, '');
      messages[key] ??= e.message;
    }
    return messages;
  }
}

export interface RequestOptions {
  body?: unknown;
  token?: string | null;
  signal?: AbortSignal;
}

/** Calls the API under /api/v1; any non-2xx answer becomes an ApiError, a network failure too. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}, base = '/api/v1'): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  let res: Response;
  try {
    res = await fetch(base + path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch {
    throw new ApiError(0, { title: t.common.networkError, detail: t.common.networkError });
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data = text ? safeJson(text) : undefined;
  if (!res.ok) throw new ApiError(res.status, (data as Partial<Problem>) ?? { title: `HTTP ${res.status}` });
  return data as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { detail: text.slice(0, 200) };
  }
}
