import { HttpProblem, unauthorized } from '../http/problem.js';

export interface WechatConfig {
  appId: string;
  secret: string;
  apiBase: string;
}

interface Code2SessionAnswer {
  openid?: string;
  unionid?: string;
  errcode?: number;
  errmsg?: string;
}

/** Calls WeChat's code2session (auth.code2Session) and returns the user's openid. */
export async function code2session(config: WechatConfig, code: string): Promise<{ openid: string }> {
  if (!config.appId || !config.secret) {
    throw new HttpProblem(503, 'wechat-not-configured', '服务器未配置微信登录');
  }
  const url = new URL('/sns/jscode2session', config.apiBase);
  url.search = new URLSearchParams({
    appid: config.appId,
    secret: config.secret,
    js_code: code,
    grant_type: 'authorization_code',
  }).toString();

  let answer: Code2SessionAnswer;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    answer = (await response.json()) as Code2SessionAnswer;
  } catch {
    throw new HttpProblem(502, 'wechat-unreachable', '暂时无法连接微信服务，请稍后再试');
  }
  if (answer.errcode || !answer.openid) {
    // 40029: invalid code, 40163: code already used, 45011: too frequent.
    if (answer.errcode === 45011) throw new HttpProblem(429, 'wechat-rate-limited', '登录过于频繁，请稍后再试');
    throw unauthorized('微信登录凭证无效或已过期，请重试');
  }
  return { openid: answer.openid };
}

interface TokenAnswer {
  access_token?: string;
  expires_in?: number;
  errcode?: number;
  errmsg?: string;
}

/** Access tokens per app, kept until a minute before they expire; each process fetches its own. */
const tokens = new Map<string, { token: string; until: number }>();

async function getJson<T>(url: URL, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
  return (await response.json()) as T;
}

/** WeChat's server access token (auth.getAccessToken), cached until shortly before it expires. */
export async function accessToken(config: WechatConfig): Promise<string> {
  const cacheKey = `${config.apiBase}|${config.appId}`;
  const cached = tokens.get(cacheKey);
  if (cached && cached.until > Date.now()) return cached.token;
  const url = new URL('/cgi-bin/token', config.apiBase);
  url.search = new URLSearchParams({ grant_type: 'client_credential', appid: config.appId, secret: config.secret }).toString();
  const answer = await getJson<TokenAnswer>(url);
  if (!answer.access_token) throw new Error(`access token refused: ${answer.errcode ?? '?'} ${answer.errmsg ?? ''}`.trim());
  const lifeS = answer.expires_in ?? 7200;
  tokens.set(cacheKey, { token: answer.access_token, until: Date.now() + Math.max(lifeS - 60, 1) * 1000 });
  return answer.access_token;
}

export interface SubscribeMessage {
  openid: string;
  templateId: string;
  page?: string;
  data: Record<string, string>;
}

/** Codes that mean the cached token is no longer good: fetch another and try once more. */
const STALE_TOKEN = new Set([40001, 42001]);

/**
 * Refusals another try cannot change: 40003 bad openid, 40037 bad template id, 41030 bad page, 43101 the user refused
 * or has no subscription left, 43107 subscribe messages banned, 45168 sensitive words, 47003 data the template rejects.
 * Any other (-1 system busy, 45009 quota, 43108 concurrent sends, …) may pass later.
 */
const PERMANENT_REFUSALS = new Set([40003, 40037, 41030, 43101, 43107, 45168, 47003]);

/** WeChat refused a subscribe message with `errcode`; `permanent` when trying again cannot help. */
export class SubscribeRefused extends Error {
  override name = 'SubscribeRefused';
  readonly permanent: boolean;
  constructor(
    readonly errcode: number,
    errmsg = '',
  ) {
    super(`subscribe message refused: ${errcode} ${errmsg}`.trim());
    this.permanent = PERMANENT_REFUSALS.has(errcode);
  }
}

/** Sends one subscribe message (subscribeMessage.send); throws SubscribeRefused when WeChat refuses it. */
export async function sendSubscribeMessage(config: WechatConfig, message: SubscribeMessage): Promise<void> {
  const body = JSON.stringify({
    touser: message.openid,
    template_id: message.templateId,
    page: message.page,
    data: Object.fromEntries(Object.entries(message.data).map(([k, value]) => [k, { value }])),
  });
  for (let attempt = 0; ; attempt++) {
    const url = new URL('/cgi-bin/message/subscribe/send', config.apiBase);
    url.search = new URLSearchParams({ access_token: await accessToken(config) }).toString();
    const answer = await getJson<{ errcode?: number; errmsg?: string }>(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (!answer.errcode) return;
    if (STALE_TOKEN.has(answer.errcode) && attempt === 0) {
      tokens.delete(`${config.apiBase}|${config.appId}`);
      continue;
    }
    throw new SubscribeRefused(answer.errcode, answer.errmsg);
  }
}
