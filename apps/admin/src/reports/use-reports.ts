import { reactive } from 'vue';
import { ElMessage, ElMessageBox } from 'element-plus';
import type { PointReport } from '@yilu/shared';
import { messageOf, usePagedList } from '../api/use-paged-list';
import { api } from '../api/client';
import { t } from '../locales/zh-CN';
import { tiles } from '../map/base-map';
import type { usePointForm } from '../points/use-point-form';

/**
 * The queue of workers' reports about wrong listings in the staff member's area. With the point form, a report is
 * resolved and its point corrected in one step: saving the point marks it verified and resolves the report.
 */
export function useReports(pointForm?: ReturnType<typeof usePointForm>) {
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

  async function resolve(report: PointReport, reply: string) {
    try {
      await api.handleReport({ params: { id: report.id }, body: { status: 'resolved', reply } });
      ElMessage.success(t.common.saved);
    } catch (e) {
      ElMessage.error(messageOf(e));
    }
    await list.load();
  }

  async function resolveAndEdit(report: PointReport) {
    const answer = await ElMessageBox.prompt(t.reports.resolveAndEditHint, t.reports.resolveAndEdit, {
      confirmButtonText: t.common.confirm,
      cancelButtonText: t.common.cancel,
      inputValue: t.reports.defaultFixReply,
      inputValidator: (v) => (v && v.trim() ? true : t.reports.replyRequired),
    }).catch(() => null);
    if (!answer || !pointForm) return;
    const point = await api.getPoint({ params: { id: report.pointId }, query: { crs: tiles.crs } }).catch(() => null);
    if (!point) return void ElMessage.error(t.reports.pointGone);
    pointForm.open(point, { markVerified: true, onSaved: () => resolve(report, answer.value.trim()) });
  }

  return { filters, ...list, handle, resolveAndEdit };
}
