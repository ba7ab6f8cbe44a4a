import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { fieldErrorsFromZod, pointsMapQuerySchema } from '@yilu/shared';
import { badRequest, problemBody } from '../http/problem.js';
import { malformedQuery } from '../http/strict-input.js';
import type { PointCatalog } from './point-catalog.js';
import { mapAnswer } from './map-answer.js';
import { readMapQuery } from './map-query.js';

/** The headers helmet sets on every Express response, captured once so the fast path sends the same. */
function helmetHeaders(): [string, string][] {
  const headers: [string, string][] = [];
  const res = { setHeader: (name: string, value: string) => headers.push([name, String(value)]), removeHeader: () => undefined };
  helmet()({} as never, res as never, () => undefined);
  return headers;
}

/**
 * The public map query (`GET /api/v1/points?near=…` or `?bbox=…`) answered before Express: it is the hottest
 * path of the product, reads only memory, needs no sign-in, and Express's routing alone costs more than the
 * query (see bench/results/points.md). Same validation, same JSON, same problem bodies, same security headers;
 * no per-request log line (the reverse proxy keeps access logs). Returns false for anything else.
 */
export function mapFastPath(catalog: PointCatalog, base: string) {
  const prefix = `${base}/points?`;
  const headers = helmetHeaders();

  // One writeHead with a prepared flat header list (many setHeader calls cost more than the query itself);
  // only the length changes per answer.
  const templates = new Map<string, string[]>();
  function send(res: ServerResponse, status: number, type: string, body: Buffer) {
    let list = templates.get(type);
    if (!list) templates.set(type, (list = [...headers.flat(), 'content-type', `${type}; charset=utf-8`, 'content-length', '']));
    list[list.length - 1] = String(body.length);
    res.writeHead(status, list);
    res.end(body);
  }

  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url ?? '';
    if (req.method !== 'GET' || !url.startsWith(prefix)) return false;
    const plain = readMapQuery(url.slice(prefix.length));
    if (plain) {
      send(res, 200, 'application/json', mapAnswer(catalog, plain));
      return true;
    }
    const params = new URLSearchParams(url.slice(prefix.length));
    if (!params.has('near') && !params.has('bbox')) return false;
    const malformed = malformedQuery(url);
    const parsed = malformed.length ? undefined : pointsMapQuerySchema.safeParse(Object.fromEntries(params));
    if (!parsed?.success) {
      const problem = badRequest('请求参数校验失败', parsed ? fieldErrorsFromZod(parsed.error, 'query') : malformed);
      send(res, 400, 'application/problem+json', Buffer.from(JSON.stringify(problemBody(problem, url))));
      return true;
    }
    send(res, 200, 'application/json', mapAnswer(catalog, parsed.data));
    return true;
  };
}
