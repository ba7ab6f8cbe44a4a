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
