import { createClient } from '@yilu/client';
import { announceSignedOut, tokenStore } from '../auth/token-store';
import { t } from '../locales/zh-CN';
import { transport } from './transport';

/**
 * The mini-program's API client, typed by the contract: it sends the worker's token, renews it once on a 401 for
 * every waiting call, and signs the worker out (saying so) when the renewal is refused.
 */
export const api = createClient({
  baseUrl: process.env.TARO_APP_API_BASE,
  transport,
  tokens: tokenStore,
  messages: { network: t.errors.network, signedOut: t.errors.signedOut, server: t.errors.server },
  onSignedOut: announceSignedOut,
});
