import { onMounted, reactive, ref } from 'vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import type { Account, Page, Role } from '@yilu/shared';
import { ApiError } from '../api/http';
import { session } from '../auth/session';
import { t } from '../locales/zh-CN';

export function useAccounts() {
  const filters = reactive<{ q: string; role: Role | '' }>({ q: '', role: '' });
  const page = reactive({ page: 1, pageSize: 20 });
  const rows = ref<Account[]>([]);
  const total = ref(0);
  const loading = ref(false);
  const error = ref('');

  async function load() {
    loading.value = true;
    error.value = '';
    const params = new URLSearchParams({ page: String(page.page), pageSize: String(page.pageSize) });
    if (filters.q.trim()) params.set('q', filters.q.trim());
    if (filters.role) params.set('role', filters.role);
    try {
      const result = await session.call<Page<Account>>('GET', `/accounts?${params}`);
      rows.value = result.items;
      total.value = result.total;
    } catch (e) {
      error.value = e instanceof ApiError ? e.message : t.common.networkError;
    } finally {
      loading.value = false;
    }
  }

  function search() {
    page.page = 1;
    void load();
  }

  function reset() {
    filters.q = '';
    filters.role = '';
    search();
  }

  async function toggleDisabled(account: Account) {
    const disabling = !account.disabled;
    const message = disabling ? t.accounts.disableConfirm(account.displayName) : t.accounts.enableConfirm(account.displayName);
    const ok = await ElMessageBox.confirm(message, disabling ? t.accounts.disable : t.accounts.enable, {
      confirmButtonText: t.common.confirm,
      cancelButtonText: t.common.cancel,
      type: disabling ? 'warning' : 'info',
    }).catch(() => false);
    if (!ok) return;
    try {
      await session.call('PATCH', `/accounts/${account.id}`, { body: { disabled: disabling } });
      ElMessage.success(t.common.saved);
      await load();
    } catch (e) {
      ElMessage.error(e instanceof ApiError ? e.message : t.common.networkError);
    }
  }

  onMounted(load);
  return { filters, page, rows, total, loading, error, load, search, reset, toggleDisabled };
}
