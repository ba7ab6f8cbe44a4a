import { onMounted, reactive, ref } from 'vue';
import { ElMessage } from 'element-plus';
import type { TrainingStatsRow } from '@yilu/shared';
import { messageOf } from '../api/use-paged-list';
import { session } from '../auth/session';

/** Training figures for the signed-in user's scope, grouped and filtered by period; CSV export. */
export function useTrainingStats() {
  const filters = reactive<{ groupBy: 'area' | 'provider' | 'trade'; range: [string, string] | null }>({ groupBy: 'area', range: null });
  const rows = ref<TrainingStatsRow[]>([]);
  const loading = ref(false);
  const error = ref('');

  const params = (format: 'json' | 'csv') => {
    const p = new URLSearchParams({ groupBy: filters.groupBy, format });
    if (filters.range) {
      p.set('from', filters.range[0]);
      p.set('to', filters.range[1]);
    }
    return p;
  };

  async function load() {
    loading.value = true;
    error.value = '';
    try {
      rows.value = (await session.call<{ rows: TrainingStatsRow[] }>('GET', `/stats/training?${params('json')}`)).rows;
    } catch (e) {
      error.value = messageOf(e);
    } finally {
      loading.value = false;
    }
  }

  const exportCsv = () => session.download(`/stats/training?${params('csv')}`).catch((e) => ElMessage.error(messageOf(e)));

  onMounted(load);
  return { filters, rows, loading, error, load, exportCsv };
}
