import type { FileResult } from '@yilu/client';

/** Hands a file to the browser's download, under `name` (a blob: or data: URL). */
export function saveFile(href: string, name: string): void {
  Object.assign(document.createElement('a'), { href, download: name }).click();
}

/** Saves a file the API answered with, under the name the API gave it. */
export function saveDownload(file: FileResult<Blob>, fallbackName = 'export'): void {
  const url = URL.createObjectURL(file.data);
  saveFile(url, file.filename ?? fallbackName);
  URL.revokeObjectURL(url);
}
