import Taro from '@tarojs/taro';
import type { Problem } from '@yilu/shared';
import { t } from '../locales/zh-CN';

/** A failed API call with the problem details the API sent; `message` is safe to show to the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
  ) {
    super(problem.detail ?? problem.title ?? t.errors.network);
  }
}

export const API_BASE = `${process.env.TARO_APP_API_BASE}/api/v1`;

export async function apiRequest<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown, token?: string): Promise<T> {
  let res: Awaited<ReturnType<typeof Taro.request>>;
  try {
    res = await Taro.request({
      url: API_BASE + path,
      method,
      data: body as Record<string, unknown> | undefined,
      header: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      timeout: 15_000,
    });
  } catch {
    throw new ApiError(0, { detail: t.errors.network });
  }
  if (res.statusCode >= 400) throw new ApiError(res.statusCode, (res.data ?? {}) as Partial<Problem>);
  return res.data as T;
}

/** Uploads one file (multipart field "file") with Taro.uploadFile; answers the API's JSON. */
export async function apiUpload<T>(path: string, filePath: string, token: string): Promise<T> {
  let res: Awaited<ReturnType<typeof Taro.uploadFile>>;
  try {
    res = await Taro.uploadFile({ url: API_BASE + path, filePath, name: 'file', header: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError(0, { detail: t.errors.network });
  }
  const data = JSON.parse(res.data || '{}') as T & Partial<Problem>;
  if (res.statusCode >= 400) throw new ApiError(res.statusCode, data);
  return data;
}
