import { onMounted, reactive, ref } from 'vue';
import type { QueryOf } from '@yilu/client';
import type { Wish, WishFigures, WishSummary } from '@yilu/contract';
import type { Page, WishCategory, WishStatus } from '@yilu/shared';
import { api } from '../api/client';
import { messageOf, usePagedList, type PageRequest } from '../api/use-paged-list';

export interface WishFilters {
  status: 'open' | 'all' | WishStatus;
  category: WishCategory | '';
  sort: 'overdue' | 'oldest' | 'supported';
  hidden: boolean;
}

export const defaultFilters = (): WishFilters => ({ status: 'open', category: '', sort: 'overdue', hidden: false });

/** The queue query for the filters and a page; what is not set is left out. */
export function queueQuery(f: WishFilters, page: PageRequest): QueryOf<'wishQueue'> {
  return {
    ...page,
    status: f.status,
    sort: f.sort,
    ...(f.category ? { category: f.category } : {}),
    ...(f.hidden ? { hidden: 'true' as const } : {}),
  };
}

/** What the page asks the API; tests hand in their own. */
export interface WishesApi {
  wishQueue: (query: QueryOf<'wishQueue'>) => Promise<Page<WishSummary>>;
  wishFigures: () => Promise<WishFigures>;
  getWish: (id: string) => Promise<Wish>;
}

const realApi: WishesApi = {
  wishQueue: (query) => api.wishQueue({ query }),
  wishFigures: () => api.wishFigures(),
  getWish: (id) => api.getWish({ params: { id } }),
};

/** The staff queue of wishes in the signed-in staff member's area, the figures per district, and one wish's details. */
export function useWishes(deps: WishesApi = realApi) {
  const filters = reactive<WishFilters>(defaultFilters());
  const list = usePagedList((page) => deps.wishQueue(queueQuery(filters, page)), 20);

  const figures = ref<WishFigures | null>(null);
  const figuresError = ref('');
  async function loadFigures() {
    try {
      figures.value = await deps.wishFigures();
    } catch (e) {
      figuresError.value = messageOf(e);
    }
  }
  onMounted(loadFigures);

  const detail = ref<Wish | null>(null);
  const detailError = ref('');
  async function showDetail(id: string) {
    detailError.value = '';
    try {
      detail.value = await deps.getWish(id);
    } catch (e) {
      detailError.value = messageOf(e);
    }
  }

  /** After a step: the row, the open details and the figures show the wish as it is now. */
  function stepped(wish: Wish) {
    if (detail.value?.id === wish.id) detail.value = wish;
    void list.load();
    void loadFigures();
  }

  return { filters, ...list, figures, figuresError, detail, detailError, showDetail, stepped };
}
