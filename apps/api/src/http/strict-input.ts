import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { fieldLabel, type FieldError } from '@yilu/shared';
import { badRequest } from './problem.js';

// Express's JSON parser and query parser both read broken bytes as U+FFFD and carry on, so a name sent in a
// broken encoding would be stored with replacement characters. These checks refuse such requests instead.

const REPLACEMENT = Buffer.from('\uFFFD', 'utf8');

/** Every string in a parsed JSON value that holds U+FFFD, as the path of the field it is in. */
function pathsWithReplacement(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return value.includes('\uFFFD') ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => pathsWithReplacement(v, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => pathsWithReplacement(v, [...path, k]));
  return [];
}

/**
 * The fields a body's invalid bytes fall in. When the body also holds a real U+FFFD, which field is which cannot be
 * told apart, and the body as a whole is named.
 */
function fieldsWithInvalidBytes(raw: Buffer): FieldError[] {
  const whole = [{ field: 'body', message: '请求内容含有无效的 UTF-8 字节' }];
  if (raw.includes(REPLACEMENT)) return whole;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    return whole;
  }
  const paths = pathsWithReplacement(parsed);
  if (!paths.length) return whole;
  return paths.map((p) => ({ field: ['body', ...p].join('.'), message: `${fieldLabel(p)}含有无效的 UTF-8 字节，请重新输入` }));
}

/** `express.json`'s `verify`: a body in UTF-8 whose bytes are not valid UTF-8 is refused (400) before it is parsed. */
export function refuseInvalidUtf8(_req: IncomingMessage, _res: ServerResponse, raw: Buffer, encoding: string): void {
  if (!/^utf-?8$/i.test(encoding) || isUtf8(raw)) return;
  throw badRequest('请求内容不是有效的 UTF-8 文本', fieldsWithInvalidBytes(raw));
}

const decodes = (part: string) => {
  try {
    decodeURIComponent(part.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
};

/**
 * The query parameters whose names or values are not percent-encoded UTF-8 ("%FF", "%E4%B8", "100%"), each as a
 * field error; none for a query that is well formed.
 */
export function malformedQuery(url: string): FieldError[] {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  return query
    .split('&')
    .filter((pair) => !decodes(pair))
    .map((pair) => {
      const name = pair.split('=')[0]!;
      const key = decodes(name) ? decodeURIComponent(name.replace(/\+/g, ' ')) : '';
      const label = fieldLabel(key ? [key] : []);
      return { field: key ? `query.${key}` : 'query', message: `${label}的编码无效，须为 UTF-8 百分号编码` };
    });
}

/** Refuses a query that is not percent-encoded UTF-8 (400), before the query parser replaces what it cannot read. */
export const refuseMalformedQuery: RequestHandler = (req, _res, next) => {
  const errors = malformedQuery(req.originalUrl);
  next(errors.length ? badRequest('请求参数校验失败', errors) : undefined);
};
