import { ref } from 'vue';
import type { TokenPair, TokenStore } from '@yilu/client';

const STORAGE_KEY = 'yilu.admin.session';

function load(): TokenPair | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as TokenPair) : null;
  } catch {
    return null;
  }
}

/** The signed-in staff member's tokens, kept in localStorage and reactive for the pages. */
export const storedTokens = ref<TokenPair | null>(load());

export const tokenStore: TokenStore = {
  get: () => storedTokens.value,
  set(pair) {
    storedTokens.value = pair;
    if (pair) localStorage.setItem(STORAGE_KEY, JSON.stringify(pair));
    else localStorage.removeItem(STORAGE_KEY);
  },
};
