import type { AnswerOf, Operations } from '@yilu/contract';
import { API_BASE, routes } from '@yilu/contract/routes';
import { ApiError, networkError, problemOf } from './api-error.js';
import type { Transport } from './transport.js';

export type TokenPair = AnswerOf<Operations['refreshTokens']>;

/** Where an app keeps the signed-in user's tokens (localStorage, Taro storage); read on every call. */
export interface TokenStore {
  get(): TokenPair | null;
  set(pair: TokenPair | null): void;
}

/** The app's words for what the API cannot say itself. */
export interface ClientMessages {
  /** No answer came: offline, timeout. */
  network: string;
  /** The refresh token was refused: the user has to sign in again. */
  signedOut: string;
  /** An answer without problem details (a proxy's error page). */
  server: string;
}

export interface TokenPolicyConfig {
  baseUrl: string;
  transport: Transport<never, unknown>;
  tokens: TokenStore;
  messages: ClientMessages;
  onSignedOut?: (message: string) => void;
}

/** Refused for good, as opposed to "try later" (429) or a server failure (5xx), which keep the tokens. */
const isRefusal = (status: number) => status >= 400 && status < 500 && status !== 429;

/**
 * Renews the access token after a 401, once for every call that is waiting: concurrent callers share one refresh.
 * Resolves true when the call should be retried with the stored token, false when nobody is signed in; rejects
 * with the refresh's error (after signing out when the refresh token is refused).
 */
export function createTokenPolicy(config: TokenPolicyConfig) {
  const { tokens, messages } = config;
  let inFlight: Promise<void> | null = null;

  async function rotate(refreshToken: string): Promise<void> {
    const op = routes.refreshTokens;
    let res;
    try {
      res = await config.transport({
        method: 'POST',
        url: config.baseUrl + API_BASE + op.path,
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
        expect: 'json',
      });
    } catch {
      throw networkError(messages.network);
    }
    if (res.status >= 200 && res.status < 300) return tokens.set(res.json as TokenPair);
    if (!isRefusal(res.status)) throw new ApiError(res.status, problemOf(res.status, res.json, messages.server));
    tokens.set(null);
    config.onSignedOut?.(messages.signedOut);
    throw new ApiError(401, { status: 401, title: messages.signedOut, detail: messages.signedOut });
  }

  return {
    /** The token to send for an operation that may or must be signed in. */
    accessToken: () => tokens.get()?.accessToken,

    /** After a 401 for `rejectedToken`: refresh (or join the refresh under way) unless another call already did. */
    async renew(rejectedToken: string): Promise<boolean> {
      const current = tokens.get();
      if (!current) return false;
      if (current.accessToken !== rejectedToken) return true;
      inFlight ??= rotate(current.refreshToken).finally(() => {
        inFlight = null;
      });
      await inFlight;
      return true;
    },
  };
}
