import type { OperationId } from '@yilu/contract';
import { API_BASE, fillPath, routes, type Route } from '@yilu/contract/routes';
import { ApiError, networkError, problemOf } from './api-error.js';
import { queryString } from './query.js';
import { createTokenPolicy, type ClientMessages, type TokenStore } from './token-policy.js';
import type { HttpMethod, Transport, TransportResponse } from './transport.js';
import type { ClientMethods } from './types.js';

export interface ClientConfig<Upload, Download> {
  /** The API's origin ('' for the page's own); the client adds `/api/v1`. */
  baseUrl?: string;
  transport: Transport<Upload, Download>;
  tokens: TokenStore;
  messages: ClientMessages;
  /** Called once when a refresh is refused and the tokens were cleared, with the message the call rejects with. */
  onSignedOut?: (message: string) => void;
}

export type Client<Upload = unknown, Download = unknown> = ClientMethods<Upload, Download> & {
  /** The same as `client[id](input)`, for code that chooses the operation at run time. */
  call<K extends OperationId>(
    id: K,
    ...args: Parameters<ClientMethods<Upload, Download>[K]>
  ): ReturnType<ClientMethods<Upload, Download>[K]>;
};

type AnyInput = {
  params?: Record<string, string>;
  query?: object;
  body?: unknown;
  file?: unknown;
  signal?: AbortSignal;
  onProgress?: (percent: number) => void;
};

/** The name in `Content-Disposition` (RFC 6266: `filename*=UTF-8''…` first, then `filename="…"`). */
export function filenameOf(header: string | null): string | undefined {
  const encoded = header && /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return (header && /filename="?([^";]+)"?/i.exec(header)?.[1]) || undefined;
}

const expectsFile = (route: Route) => Object.values(route.answers).includes('file');

/**
 * The typed client: one method per operation of the contract. Sends the access token when the operation is not
 * public (for `optional` ones when signed in); after a 401 it refreshes once, shared by every waiting call, and
 * retries once; a refused refresh signs out (`onSignedOut`) and rejects with `messages.signedOut`.
 */
export function createClient<Upload = unknown, Download = unknown>(config: ClientConfig<Upload, Download>): Client<Upload, Download> {
  const baseUrl = config.baseUrl ?? '';
  const policy = createTokenPolicy({ ...config, baseUrl, transport: config.transport as Transport<never, unknown> });

  async function exchange(route: Route, input: AnyInput, token: string | undefined): Promise<TransportResponse<Download>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (route.body) headers['content-type'] = 'application/json';
    try {
      return await config.transport({
        method: route.method.toUpperCase() as HttpMethod,
        url: baseUrl + API_BASE + fillPath(route.path, input.params) + queryString(input.query),
        headers,
        body: route.body ? JSON.stringify(input.body ?? {}) : undefined,
        file: input.file as Upload | undefined,
        expect: expectsFile(route) ? 'file' : 'json',
        signal: input.signal,
        onProgress: input.onProgress,
      });
    } catch (error) {
      if (input.signal?.aborted) throw error;
      throw networkError(config.messages.network);
    }
  }

  function answer(route: Route, res: TransportResponse<Download>): unknown {
    if (res.status < 200 || res.status >= 300) throw new ApiError(res.status, problemOf(res.status, res.json, config.messages.server));
    const declared = route.answers[res.status as keyof Route['answers']];
    if (declared === 'file') {
      return {
        data: res.file,
        filename: filenameOf(res.headers.get('content-disposition')),
        contentType: res.headers.get('content-type') ?? undefined,
      };
    }
    return declared === 'empty' ? undefined : res.json;
  }

  async function call(id: OperationId, input: AnyInput = {}): Promise<unknown> {
    const route = routes[id];
    const sent = route.access === 'public' ? undefined : policy.accessToken();
    let res = await exchange(route, input, sent);
    if (res.status === 401 && sent && (await policy.renew(sent))) res = await exchange(route, input, policy.accessToken());
    return answer(route, res);
  }

  const methods = Object.fromEntries((Object.keys(routes) as OperationId[]).map((id) => [id, (input?: AnyInput) => call(id, input)]));
  return { ...methods, call: (id: OperationId, input?: AnyInput) => call(id, input) } as unknown as Client<Upload, Download>;
}
