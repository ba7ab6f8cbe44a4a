import Taro from '@tarojs/taro';
import { api } from '../api/client';
import { templateIdsFor, type SubscribeMoment } from './subscribe-templates';

/**
 * Asks the worker, inside the tap, for WeChat subscribe messages about what the tap creates, and records the
 * templates they accepted (each accept lets the API send one message). A refusal or a failure changes nothing else.
 */
export function askSubscribe(moment: SubscribeMoment): void {
  const tmplIds = templateIdsFor(moment);
  if (tmplIds.length === 0) return;
  // Taro's option type also covers Alipay's entityIds; WeChat takes tmplIds alone.
  Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option)
    .then((result) => {
      // The answer names each template id: 'accept', 'reject', 'ban' or 'filter'.
      const answers = result as unknown as Record<string, string>;
      const accepted = tmplIds.filter((id) => answers[id] === 'accept');
      if (accepted.length) return api.recordSubscriptions({ body: { templateIds: accepted } });
    })
    .catch(() => undefined);
}
