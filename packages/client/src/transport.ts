export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One HTTP exchange as the client asks for it. `body` is JSON text; `file` goes as multipart field "file" in the
 * platform's own form (a Blob in a browser, a temporary file path in WeChat). `expect: 'file'` asks for a 2xx body
 * as a file rather than JSON.
 */
export interface TransportRequest<Upload = unknown> {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body?: string;
  file?: Upload;
  expect: 'json' | 'file';
  signal?: AbortSignal;
  /** Upload progress in percent, for transports that can report it. */
  onProgress?: (percent: number) => void;
}

/** The answer: JSON when there is a parseable JSON body, `file` for a 2xx answer asked for as a file. */
export interface TransportResponse<Download = unknown> {
  status: number;
  headers: { get(name: string): string | null };
  json?: unknown;
  file?: Download;
}

/** Sends a request; rejects only when no answer came (network down, timeout, aborted). */
export type Transport<Upload = unknown, Download = unknown> = (request: TransportRequest<Upload>) => Promise<TransportResponse<Download>>;

/** JSON text to a value; undefined for an empty or non-JSON body (a proxy's HTML error page). */
export function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The browser's (and Node's) fetch: uploads a Blob or File, downloads a Blob. */
export function fetchTransport(fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport<Blob, Blob> {
  return async (request) => {
    let body: BodyInit | undefined = request.body;
    if (request.file !== undefined) {
      const form = new FormData();
      form.append('file', request.file);
      body = form;
    }
    const res = await fetchImpl(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
    if (res.ok && request.expect === 'file') return { status: res.status, headers: res.headers, file: await res.blob() };
    return { status: res.status, headers: res.headers, json: parseJson(await res.text()) };
  };
}
