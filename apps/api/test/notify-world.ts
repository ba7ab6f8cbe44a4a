import type { NotificationKind } from '@yilu/shared';
import { startApi } from './harness.js';
import { startWechatStandIn } from './wechat-stand-in.js';

/**
 * An API that sends subscribe messages to a local WeChat stand-in with one template per kind given, retrying fast,
 * and one worker signed in (dev sign-in) with their token and id.
 */
export async function startNotifyWorld(templates: Partial<Record<NotificationKind, string>>, maxAttempts: number, nickname: string) {
  const wechat = await startWechatStandIn();
  const api = await startApi({
    YILU_DEV_LOGIN: 'true',
    YILU_WECHAT_APPID: 'wx-test-app',
    YILU_WECHAT_SECRET: 'wx-test-secret',
    YILU_WECHAT_API_BASE: wechat.base,
    YILU_WECHAT_TEMPLATES: JSON.stringify(templates),
    YILU_NOTIFY_MAX_ATTEMPTS: String(maxAttempts),
    YILU_NOTIFY_RETRY_MS: '10',
  });
  const token = (await api.request('POST', '/api/v1/auth/dev/login', { body: { nickname } })).body.accessToken as string;
  const workerId = (await api.ctx.models.Account.findOne({ wechatOpenId: `dev:${nickname}` }).lean())!._id.toString();
  return {
    wechat,
    api,
    token,
    workerId,
    async close() {
      await api.close();
      await wechat.close();
    },
  };
}
