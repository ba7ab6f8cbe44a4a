import { ElMessage } from 'element-plus';
import { createClient } from '@yilu/client';
import { tokenStore } from '../auth/token-store';
import { t } from '../locales/zh-CN';
import { adminTransport } from './transport';

/**
 * The admin's API client, typed by the contract. A refused refresh clears the tokens; App.vue then sends the user
 * to the sign-in page, and this says why.
 */
export const api = createClient({
  transport: adminTransport,
  tokens: tokenStore,
  messages: { network: t.common.networkError, signedOut: t.common.signedOut, server: t.common.serverError },
  onSignedOut: (message) => void ElMessage.warning(message),
});
