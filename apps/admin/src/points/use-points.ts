import { reactive } from 'vue';
import { ElMessage } from 'element-plus';
import { confirmed } from '../components/confirm';
import type { PointKind, PointStatus, ServicePoint } from '@yilu/shared';
import { messageOf, usePagedList } from '../api/use-paged-list';
import { session } from '../auth/session';
import { t } from '../locales/zh-CN';

export interface PointFilters {
  q: string;
  kinds: PointKind[];
  status: PointStatus | '';
  areaCode: string;
  staleDays: number | null;
  sort: 'updated' | 'stale';
}

/** The listing's filters as query parameters, shared by the table, the export and the map. */
export function filterParams(f: PointFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (f.q.trim()) params.set('q', f.q.trim());
  if (f.kinds.length) params.set('kinds', f.kinds.join(','));
  if (f.status) params.set('status', f.status);
  if (f.areaCode.trim()) params.set('areaCode', f.areaCode.trim());
  if (f.staleDays) params.set('staleDays', String(f.staleDays));
  if (f.sort !== 'updated') params.set('sort', f.sort);
  return params;
}

export function usePoints() {
  const filters = reactive<PointFilters>({ q: '', kinds: [], status: '', areaCode: '', staleDays: null, sort: 'updated' });
  const list = usePagedList<ServicePoint>('/points', () => filterParams(filters));

  /** The "needs verification" queue: not verified for `days` days, oldest first; null shows everything. */
  function showStale(days: number | null) {
    filters.staleDays = days;
    filters.sort = days ? 'stale' : 'updated';
    list.search();
  }

  async function act(run: () => Promise<unknown>, done: string) {
    try {
      await run();
      ElMessage.success(done);
      await list.load();
    } catch (e) {
      ElMessage.error(messageOf(e));
    }
  }

  async function verify(point: ServicePoint) {
    if (!(await confirmed(t.points.verifyConfirm(point.name), t.points.verify))) return;
    await act(() => session.call('PATCH', `/points/${point.id}`, { body: { verified: true } }), t.points.verified);
  }

  async function remove(point: ServicePoint) {
    if (!(await confirmed(t.points.deleteConfirm(point.name), t.points.delete))) return;
    await act(() => session.call('DELETE', `/points/${point.id}`), t.points.deleted);
  }

  async function exportFile(format: 'xlsx' | 'csv') {
    const params = filterParams(filters);
    params.set('format', format);
    await session.download(`/points/export?${params}`).catch((e) => ElMessage.error(messageOf(e)));
  }

  return { filters, ...list, showStale, verify, remove, exportFile };
}
