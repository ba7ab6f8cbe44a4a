import { onMounted, reactive, ref, type Ref } from 'vue';
import { ApiError } from '@yilu/client';
import type { Page } from '@yilu/shared';
import { t } from '../locales/zh-CN';

/** Shows an API error in Chinese, whatever was thrown. */
export const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : t.common.networkError);

export interface PageRequest {
  page: number;
  pageSize: number;
}

/**
 * A paged table fed by a list operation: `fetchPage` asks for one page (with the current filters), and loading and
 * errors are tracked. `search()` goes back to the first page. Loads once when mounted.
 */
export function usePagedList<T>(fetchPage: (page: PageRequest) => Promise<Page<T>>, pageSize = 20) {
  const page = reactive<PageRequest>({ page: 1, pageSize });
  const rows = ref([]) as Ref<T[]>;
  const total = ref(0);
  const loading = ref(false);
  const error = ref('');

  async function load() {
    loading.value = true;
    error.value = '';
    try {
      const result = await fetchPage({ page: page.page, pageSize: page.pageSize });
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
