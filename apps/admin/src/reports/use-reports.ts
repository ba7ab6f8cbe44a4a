import { onMounted, reactive, ref } from 'vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import type { Page, PointReport } from '@yilu/shared';
import { ApiError } from '../api/http';
import { session } from '../auth/session';
import { t } from '../locales/zh-CN';

/** The queue of workers' reports about wrong listings in the staff member's area. */
export function useReports() {
  const filters = reactive<{ status: PointReport['status'] | '' }>({ status: 'open' });
  const page = reactive({ page: 1, pageSize: 20 });
  const rows = ref<PointReport[]>([]);
  const total = ref(0);
  const loading = ref(false);
  const error = ref('');

  async function load() {
    loading.value = true;
    error.value = '';
    const params = new URLSearchParams({ page: String(page.page), pageSize: String(page.pageSize) });
    if (filters.status) params.set('status', filters.status);
    try {
      const result = await session.call<Page<PointReport>>('GET', `/point-reports?${params}`);
      rows.value = result.items;
      total.value = result.total;
    } catch (e) {
      error.value = e instanceof ApiError ? e.message : t.common.networkError;
    } finally {
      loading.value = false;
    }
  }

  async function handle(report: PointReport, status: 'resolved' | 'rejected') {
    const answer = await ElMessageBox.prompt(t.reports.replyPrompt, status === 'resolved' ? t.reports.resolve : t.reports.reject, {
      confirmButtonText: t.common.confirm,
      cancelButtonText: t.common.cancel,
      inputValidator: (v) => (v && v.trim() ? true : t.reports.replyRequired),
    }).catch(() => null);
    if (!answer) return;
    try {
      await session.call('PATCH', `/point-reports/${report.id}`, { body: { status, reply: answer.value.trim() } });
      ElMessage.success(t.common.saved);
      await load();
    } catch (e) {
      ElMessage.error(e instanceof ApiError ? e.message : t.common.networkError);
    }
  }

  onMounted(load);
  return { filters, page, rows, total, loading, error, load, handle };
}
