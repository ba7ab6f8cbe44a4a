import Taro from '@tarojs/taro';
import { parseJson, type TransportResponse } from '@yilu/client';
import type { PlatformTransport } from './transport';

const TIMEOUT_MS = 15_000;

/** Header lookup by any case: WeChat hands headers over as a plain object, named as the server sent them. */
function headersOf(header: Record<string, string> | undefined): TransportResponse['headers'] {
  const byName = new Map(Object.entries(header ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]));
  return { get: (name) => byName.get(name.toLowerCase()) ?? null };
}

/** WeChat: Taro.request for JSON and files, Taro.uploadFile for a photo (multipart field "file"). */
export const transport: PlatformTransport = async (request) => {
  if (request.file !== undefined) {
    const res = await Taro.uploadFile({
      url: request.url,
      filePath: request.file,
      name: 'file',
      header: request.headers,
      timeout: TIMEOUT_MS,
    });
    return { status: res.statusCode, headers: headersOf(undefined), json: parseJson(res.data) };
  }
  const asFile = request.expect === 'file';
  const res = await Taro.request({
    url: request.url,
    method: request.method,
    header: request.headers,
    data: request.body,
    responseType: asFile ? 'arraybuffer' : 'text',
    timeout: TIMEOUT_MS,
  });
  const ok = res.statusCode >= 200 && res.statusCode < 300;
  const headers = headersOf(res.header as Record<string, string>);
  if (asFile && ok) return { status: res.statusCode, headers, file: res.data };
  return { status: res.statusCode, headers, json: typeof res.data === 'string' ? parseJson(res.data) : res.data };
};
