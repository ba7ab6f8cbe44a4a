import { onMounted, reactive, ref } from 'vue';
import { ElMessage } from 'element-plus';
import type { TrainingStatsRow } from '@yilu/contract';
import { api } from '../api/client';
import { saveDownload } from '../api/save-file';
import { messageOf } from '../api/use-paged-list';

/** Training figures for the signed-in user's scope, grouped and filtered by period; CSV export. */
export function useTrainingStats() {
  const filters = reactive<{ groupBy: 'area' | 'provider' | 'trade'; range: [string, string] | null }>({ groupBy: 'area', range: null });
  const rows = ref<TrainingStatsRow[]>([]);
  const loading = ref(false);
  const error = ref('');

  const query = () => ({ groupBy: filters.groupBy, from: filters.range?.[0], to: filters.range?.[1] });

  async function load() {
    loading.value = true;
    error.value = '';
    try {
      rows.value = (await api.trainingStats({ query: query() })).rows;
    } catch (e) {
      error.value = messageOf(e);
    } finally {
      loading.value = false;
    }
  }

  const exportCsv = () =>
    api
      .exportTrainingStats({ query: query() })
      .then((file) => saveDownload(file, 'training-stats.csv'))
      .catch((e) => ElMessage.error(messageOf(e)));

  onMounted(load);
  return { filters, rows, loading, error, load, exportCsv };
}
