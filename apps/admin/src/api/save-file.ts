/** Hands a file to the browser's download, under `name` (a blob: or data: URL). */
export function saveFile(href: string, name: string): void {
  Object.assign(document.createElement('a'), { href, download: name }).click();
}
