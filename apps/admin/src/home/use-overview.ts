import { onMounted, ref } from 'vue';
import type { Overview } from '@yilu/contract';
import { messageOf } from '../api/use-paged-list';
import { api } from '../api/client';

/** Where each count leads: the page where that work is done. */
export const overviewLinks: Record<Exclude<keyof Overview, 'scopeName'>, string> = {
  pendingEnrollments: '/courses',
  classesStartingSoon: '/courses',
  certifiedThisYear: '/stats',
  openReports: '/reports',
  pointsToVerify: '/points',
  overdueWishes: '/wishes',
};

/** The counts of what waits for the signed-in user, loaded when the page opens (unless `load` is false). */
export function useOverview(load = true) {
  const overview = ref<Overview | null>(null);
  const error = ref('');
  onMounted(async () => {
    if (!load) return;
    try {
      overview.value = await api.overview();
    } catch (e) {
      error.value = messageOf(e);
    }
  });
  return { overview, error };
}
