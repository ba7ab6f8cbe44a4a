import { computed } from 'vue';
import type { SessionUser, StaffLoginBody } from '@yilu/shared';
import { api } from '../api/client';
import { storedTokens, tokenStore } from './token-store';

/** The signed-in staff member; the API calls themselves go through `api`, which keeps the tokens fresh. */
export const session = {
  user: computed<SessionUser | null>(() => storedTokens.value?.user ?? null),
  isSignedIn: computed(() => storedTokens.value !== null),

  async login(body: StaffLoginBody) {
    tokenStore.set(await api.staffLogin({ body }));
  },

  async logout() {
    const current = tokenStore.get();
    tokenStore.set(null);
    if (current) await api.logout({ body: { refreshToken: current.refreshToken } }).catch(() => undefined);
  },
};
