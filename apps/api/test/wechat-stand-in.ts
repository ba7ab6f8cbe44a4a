import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentMessage {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
}

/** What WeChat says with the codes the tests use. */
const errmsgs: Record<number, string> = {
  [-1]: 'system error',
  40037: 'invalid template id',
  43101: 'user refuse to accept the msg',
  45009: 'reach max api daily quota limit',
  47003: 'argument invalid! data.thing1.value is empty',
};

/**
 * A local stand-in for WeChat's server API: access tokens and subscribe messages. `failNext` sends are refused with
 * `failCode` (45009, the daily quota, unless set) before the stand-in accepts again; `dropNext` sends have their
 * connection cut without an answer; `holdNext` sends are never answered (counted in `held`), as when the sender
 * stops mid-send; every accepted message is kept in `sent`.
 */
export async function startWechatStandIn() {
  const sent: SentMessage[] = [];
  const state = { failNext: 0, failCode: 45009, dropNext: 0, holdNext: 0, held: 0, tokenRequests: 0, refused: 0 };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('content-type', 'application/json');
    if (url.pathname === '/cgi-bin/token') {
      state.tokenRequests++;
      return res.end(JSON.stringify({ access_token: `token-${state.tokenRequests}`, expires_in: 7200 }));
    }
    if (url.pathname !== '/cgi-bin/message/subscribe/send' || !url.searchParams.get('access_token')) {
      return res.end(JSON.stringify({ errcode: 404, errmsg: 'unknown' }));
    }
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      if (state.holdNext > 0) {
        state.holdNext--;
        state.held++;
        return;
      }
      if (state.dropNext > 0) {
        state.dropNext--;
        return req.socket.destroy();
      }
      if (state.failNext > 0) {
        state.failNext--;
        state.refused++;
        return res.end(JSON.stringify({ errcode: state.failCode, errmsg: errmsgs[state.failCode] ?? 'refused' }));
      }
      sent.push(JSON.parse(raw) as SentMessage);
      res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    state,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(r));
    },
  };
}
