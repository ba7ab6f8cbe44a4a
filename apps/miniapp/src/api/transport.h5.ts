import { fetchTransport } from '@yilu/client';
import type { PlatformTransport } from './transport';

const viaFetch = fetchTransport();

/** Browser: fetch; a chosen photo is a blob: URL, read back into the Blob it stands for. */
export const transport: PlatformTransport = async ({ file, ...request }) => {
  if (file === undefined) return viaFetch(request);
  const blob = await (await fetch(file)).blob();
  return viaFetch({ ...request, file: blob });
};
