import { reactive } from 'vue';
import { ElMessage } from 'element-plus';
import { confirmed } from '../components/confirm';
import type { QueryOf } from '@yilu/client';
import type { PointKind, PointStatus, ServicePoint } from '@yilu/shared';
import { api } from '../api/client';
import { saveDownload } from '../api/save-file';
import { messageOf, usePagedList } from '../api/use-paged-list';
import { t } from '../locales/zh-CN';

export interface PointFilters {
  q: string;
  kinds: PointKind[];
  status: PointStatus | '';
  areaCode: string;
  staleDays: number | null;
  sort: 'updated' | 'stale';
}

/** The listing's filters as a query, shared by the table and the export; what is not set is left out. */
export function filterQuery(f: PointFilters): QueryOf<'listPoints'> {
  return {
    q: f.q.trim() || undefined,
    kinds: f.kinds,
    status: f.status || undefined,
    areaCode: f.areaCode.trim() || undefined,
    staleDays: f.staleDays ?? undefined,
    sort: f.sort === 'updated' ? undefined : f.sort,
  };
}

export function usePoints() {
  const filters = reactive<PointFilters>({ q: '', kinds: [], status: '', areaCode: '', staleDays: null, sort: 'updated' });
  const list = usePagedList((page) => api.listPoints({ query: { ...filterQuery(filters), ...page } }));

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
    await act(() => api.updatePoint({ params: { id: point.id }, body: { verified: true } }), t.points.verified);
  }

  async function remove(point: ServicePoint) {
    if (!(await confirmed(t.points.deleteConfirm(point.name), t.points.delete))) return;
    await act(() => api.deletePoint({ params: { id: point.id } }), t.points.deleted);
  }

  async function exportFile(format: 'xlsx' | 'csv') {
    await api
      .exportPoints({ query: { ...filterQuery(filters), format } })
      .then((file) => saveDownload(file, `points.${format}`))
      .catch((e) => ElMessage.error(messageOf(e)));
  }

  return { filters, ...list, showStale, verify, remove, exportFile };
}
