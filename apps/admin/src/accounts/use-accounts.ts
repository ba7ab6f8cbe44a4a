import { reactive } from 'vue';
import { ElMessage } from 'element-plus';
import { confirmed } from '../components/confirm';
import type { Account, Role } from '@yilu/shared';
import { messageOf, usePagedList } from '../api/use-paged-list';
import { api } from '../api/client';
import { t } from '../locales/zh-CN';

export function useAccounts() {
  const filters = reactive<{ q: string; role: Role | '' }>({ q: '', role: '' });
  const list = usePagedList((page) =>
    api.listAccounts({ query: { ...page, q: filters.q.trim() || undefined, role: filters.role || undefined } }),
  );

  function reset() {
    filters.q = '';
    filters.role = '';
    list.search();
  }

  async function toggleDisabled(account: Account) {
    const disabling = !account.disabled;
    const message = disabling ? t.accounts.disableConfirm(account.displayName) : t.accounts.enableConfirm(account.displayName);
    if (!(await confirmed(message, disabling ? t.accounts.disable : t.accounts.enable, { type: disabling ? 'warning' : 'info' }))) return;
    try {
      await api.updateAccount({ params: { id: account.id }, body: { disabled: disabling } });
      ElMessage.success(t.common.saved);
      await list.load();
    } catch (e) {
      ElMessage.error(messageOf(e));
    }
  }

  return { filters, ...list, reset, toggleDisabled };
}
