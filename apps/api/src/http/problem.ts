import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { FieldError, Problem } from '@yilu/shared';

const TITLES: Record<number, string> = {
  400: '请求有误',
  401: '未登录或登录已过期',
  403: '没有权限',
  404: '未找到',
  409: '与现有数据冲突',
  413: '请求内容过大',
  415: '不支持的内容类型',
  422: '内容与规则不符',
  429: '请求过于频繁',
  500: '服务器内部错误',
  502: '上游服务出错',
  503: '服务暂不可用',
};

/** An error that becomes an RFC 9457 problem response. `slug` names the problem type. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? slug);
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) => new HttpProblem(400, 'validation-error', detail, errors);
export const unauthorized = (detail = '请先登录') => new HttpProblem(401, 'unauthorized', detail);
export const forbidden = (detail = '当前账号无权执行此操作') => new HttpProblem(403, 'forbidden', detail);
export const notFound = (detail = '请求的资源不存在') => new HttpProblem(404, 'not-found', detail);
export const conflict = (detail: string, errors?: FieldError[]) => new HttpProblem(409, 'conflict', detail, errors);
/** A refusal naming the field it is about, when there is one. */
export const refused = (status: number, slug: string, detail: string, field?: string) =>
  new HttpProblem(status, slug, detail, field ? [{ field, message: detail }] : undefined);
export const unavailable = (detail = '数据库暂不可用，请稍后再试') => new HttpProblem(503, 'unavailable', detail);

export function problemBody(problem: HttpProblem, instance?: string): Problem {
  return {
    type: `urn:yilu:problem:${problem.slug}`,
    title: TITLES[problem.status] ?? '错误',
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail } : {}),
    ...(instance ? { instance } : {}),
    ...(problem.errors?.length ? { errors: problem.errors } : {}),
  };
}

export function sendProblem(res: Response, problem: HttpProblem, instance?: string): void {
  res.status(problem.status).type('application/problem+json').json(problemBody(problem, instance));
}

export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, notFound(`没有这个接口：${req.method} ${req.path}`), req.originalUrl);
};

const DB_UNAVAILABLE = new Set([
  'MongoNetworkError',
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoNetworkTimeoutError',
  'MongooseServerSelectionError',
  'MongoPoolClearedError',
  'PoolClearedError',
  'PoolClearedOnNetworkError',
  'MongoServerClosedError',
  'MongoWaitQueueTimeoutError',
]);
/** Server error codes of a database shutting down or stepping down (a write caught by an outage, not a bad request). */
const DB_GOING_AWAY = new Set([91, 189, 10107, 11600, 11602, 13435, 13436]);
/** Socket errors of the driver's connection to a database that just went away. */
const SOCKET_GONE = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED']);

/** Maps anything thrown to a problem; only unknown errors are 500, and they never carry a stack to the client. */
export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  const e = error as { name?: string; type?: string; status?: number; code?: number | string; message?: string };
  if (e.type === 'entity.too.large') return new HttpProblem(413, 'payload-too-large', '请求内容超过大小限制');
  if (e.type === 'entity.parse.failed') {
    return badRequest('请求内容不是有效的 JSON', [{ field: 'body', message: 'JSON 格式错误' }]);
  }
  if (e.type === 'charset.unsupported' || e.type === 'encoding.unsupported') {
    return new HttpProblem(415, 'unsupported-media-type', '不支持的字符集或编码');
  }
  if (e.name && DB_UNAVAILABLE.has(e.name)) return unavailable();
  if (e.name === 'MongoServerError' && typeof e.code === 'number' && DB_GOING_AWAY.has(e.code)) return unavailable();
  if (SOCKET_GONE.has(String(e.code))) return unavailable();
  if (e.message?.includes('buffering timed out') || e.message?.includes('Client must be connected')) return unavailable();
  if (e.code === 11000) return conflict('数据已存在');
  if (e.name === 'CastError') return badRequest('参数格式错误');
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) return new HttpProblem(e.status, 'bad-request', '请求有误');
  return new HttpProblem(500, 'internal', '服务器出错了，请稍后再试');
}

/** What made a request fail for the database being away, in one line: the outage is the news, not the stack. */
const unavailableReason = (error: unknown) =>
  error instanceof HttpProblem ? error.detail : `${(error as Error).name}: ${(error as Error).message}`;

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const problem = toProblem(error);
    if (problem.status === 503)
      logger.warn({ path: req.originalUrl.split('?')[0], reason: unavailableReason(error) }, 'database unavailable');
    else if (problem.status >= 500) logger.error({ err: error, url: req.originalUrl }, 'request failed');
    if (res.headersSent) return;
    sendProblem(res, problem, req.originalUrl);
  };
}
