import { reactive } from 'vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import type { PointReport } from '@yilu/shared';
import { messageOf, usePagedList } from '../api/use-paged-list';
import { api } from '../api/client';
import { t } from '../locales/zh-CN';

/** The queue of workers' reports about wrong listings in the staff member's area. */
export function useReports() {
  const filters = reactive<{ status: PointReport['status'] | '' }>({ status: 'open' });
  const list = usePagedList((page) => api.listReports({ query: { ...page, status: filters.status || undefined } }));

  async function handle(report: PointReport, status: 'resolved' | 'rejected') {
    const answer = await ElMessageBox.prompt(t.reports.replyPrompt, status === 'resolved' ? t.reports.resolve : t.reports.reject, {
      confirmButtonText: t.common.confirm,
      cancelButtonText: t.common.cancel,
      inputValidator: (v) => (v && v.trim() ? true : t.reports.replyRequired),
    }).catch(() => null);
    if (!answer) return;
    try {
      await api.handleReport({ params: { id: report.id }, body: { status, reply: answer.value.trim() } });
      ElMessage.success(t.common.saved);
      await list.load();
    } catch (e) {
      ElMessage.error(messageOf(e));
    }
  }

  return { filters, ...list, handle };
}
