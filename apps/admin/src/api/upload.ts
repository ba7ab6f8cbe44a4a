import type { Problem } from '@yilu/shared';
import { t } from '../locales/zh-CN';
import { ApiError } from './http';

/** Uploads a form with XMLHttpRequest so that progress can be shown; answers like `request`. */
export function uploadForm<T>(path: string, form: FormData, token: string | null, onProgress: (percent: number) => void, base = '/api/v1'): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', base + path);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, { detail: t.common.networkError }));
    xhr.onload = () => {
      let data: unknown;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        data = { detail: xhr.responseText.slice(0, 200) };
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else reject(new ApiError(xhr.status, (data ?? {}) as Partial<Problem>));
    };
    xhr.send(form);
  });
}
