import type { SubscribeMoment } from './subscribe-templates';

/** The browser has no WeChat subscribe messages: the inbox (消息) is all. */
export function askSubscribe(_moment: SubscribeMoment): void {}
