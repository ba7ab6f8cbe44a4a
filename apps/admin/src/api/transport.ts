import { fetchTransport, parseJson, type Transport } from '@yilu/client';

/** Uploads with XMLHttpRequest, the one browser API that reports upload progress (the import's progress bar). */
export const xhrUpload: Transport<Blob, Blob> = (request) =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(request.method, request.url);
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) request.onProgress?.(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    request.signal?.addEventListener('abort', () => xhr.abort());
    xhr.onload = () =>
      resolve({ status: xhr.status, headers: { get: (name) => xhr.getResponseHeader(name) }, json: parseJson(xhr.responseText) });
    const form = new FormData();
    if (request.file) form.append('file', request.file);
    xhr.send(form);
  });

const viaFetch = fetchTransport();

/** fetch for everything, XMLHttpRequest for an upload whose progress is shown. */
export const adminTransport: Transport<Blob, Blob> = (request) =>
  request.file && request.onProgress ? xhrUpload(request) : viaFetch(request);
