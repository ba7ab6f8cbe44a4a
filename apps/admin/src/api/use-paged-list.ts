import { onMounted, reactive, ref, type Ref } from 'vue';
import type { Page } from '@yilu/shared';
import { session } from '../auth/session';
import { t } from '../locales/zh-CN';
import { ApiError } from './http';

/** Shows an API error in Chinese, whatever was thrown. */
export const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : t.common.networkError);

/**
 * A paged table fed by a list endpoint: `query()` gives the filter parameters, the page and size are added, and
 * loading and errors are tracked. `search()` goes back to the first page. Loads once when mounted.
 */
export function usePagedList<T>(path: string, query: () => URLSearchParams, pageSize = 20) {
  const page = reactive({ page: 1, pageSize });
  const rows = ref([]) as Ref<T[]>;
  const total = ref(0);
  const loading = ref(false);
  const error = ref('');

  async function load() {
    loading.value = true;
    error.value = '';
    const params = query();
    params.set('page', String(page.page));
    params.set('pageSize', String(page.pageSize));
    try {
      const result = await session.call<Page<T>>('GET', `${path}?${params}`);
      rows.value = result.items;
      total.value = result.total;
    } catch (e) {
      error.value = messageOf(e);
    } finally {
      loading.value = false;
    }
  }

  function search() {
    page.page = 1;
    void load();
  }

  onMounted(load);
  return { page, rows, total, loading, error, load, search };
}
