/** Platform default (and unit tests): no prompt, as on h5; `subscribe.weapp.ts` asks WeChat in the weapp build. */
export { askSubscribe } from './subscribe.h5';
