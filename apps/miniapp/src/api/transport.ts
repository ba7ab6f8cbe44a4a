import type { Transport } from '@yilu/client';

/** How this platform talks to the API. An upload takes the temporary file path that Taro.chooseImage gives. */
export type PlatformTransport = Transport<string, unknown>;

/** Platform default (and unit tests): fetch, as on h5; `transport.weapp.ts` and `transport.h5.ts` replace it in their builds. */
export { transport } from './transport.h5';
