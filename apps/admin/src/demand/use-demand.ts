import { onMounted, ref, watch } from 'vue';
import { ElMessage } from 'element-plus';
import type { FileResult } from '@yilu/client';
import type { DemandFigures, EmploymentFigures } from '@yilu/contract';
import type { EmploymentFiguresQuery } from '@yilu/shared';
import { api } from '../api/client';
import { saveDownload } from '../api/save-file';
import { messageOf } from '../api/use-paged-list';
import { t } from '../locales/zh-CN';

export type EmploymentGroup = EmploymentFiguresQuery['groupBy'];

/** What the page asks the API; tests hand in their own. */
export interface DemandApi {
  demandFigures: () => Promise<DemandFigures>;
  employmentFigures: (groupBy: EmploymentGroup) => Promise<EmploymentFigures>;
  exportShortageList: () => Promise<FileResult<Blob>>;
  exportEmploymentFigures: (groupBy: EmploymentGroup) => Promise<FileResult<Blob>>;
}

const realApi: DemandApi = {
  demandFigures: () => api.demandFigures(),
  employmentFigures: (groupBy) => api.employmentFigures({ query: { groupBy } }),
  exportShortageList: () => api.exportShortageList(),
  exportEmploymentFigures: (groupBy) => api.exportEmploymentFigures({ query: { groupBy } }),
};

/** A count of people as a table cell shows it: a withheld one says 不显示 (the cell's title and the page's note say why). */
export const peopleText = (v: number | null) => (v === null ? t.demand.withheldShort : String(v));

/** 上岗率 as a percentage; withheld with its count, a dash when nobody was certified. */
export const rateText = (rate: number | null, hired: number | null) =>
  rate !== null ? `${(rate * 100).toFixed(1)}%` : hired === null ? t.demand.withheldShort : '—';

/** The median days: withheld with the hired count, a dash when nobody was hired yet. */
export const daysText = (days: number | null, hired: number | null) =>
  days !== null ? t.demand.days(days) : hired === null ? t.demand.withheldShort : '—';

/** A gap as a signed number: positive is a shortage of seats, negative seats to spare. */
export const gapText = (gap: number | null) => (gap === null ? t.demand.withheldShort : gap > 0 ? `+${gap}` : String(gap));

export interface MapRow {
  areaCode: string;
  areaName: string;
  value: number | null;
}

/** What the heat map colours: each district's demand, or for one trade each district's demand for it. */
export function mapRows(figures: DemandFigures | undefined, trade: string): MapRow[] {
  if (!figures) return [];
  const rows = trade ? figures.shortage.filter((r) => r.trade === trade) : figures.districts;
  return rows.map((r) => ({ areaCode: r.areaCode, areaName: r.areaName, value: r.demand }));
}

/** The demand and employment figures of the signed-in staff member's area, with their exports. */
export function useDemand(deps: DemandApi = realApi) {
  const figures = ref<DemandFigures>();
  const employment = ref<EmploymentFigures>();
  const groupBy = ref<EmploymentGroup>('class');
  const loading = ref(false);
  const error = ref('');

  async function load() {
    loading.value = true;
    error.value = '';
    try {
      [figures.value, employment.value] = await Promise.all([deps.demandFigures(), deps.employmentFigures(groupBy.value)]);
    } catch (e) {
      error.value = messageOf(e);
    } finally {
      loading.value = false;
    }
  }

  async function loadEmployment() {
    try {
      employment.value = await deps.employmentFigures(groupBy.value);
    } catch (e) {
      error.value = messageOf(e);
    }
  }

  const save = (file: Promise<FileResult<Blob>>, name: string) =>
    file.then((f) => saveDownload(f, name)).catch((e: unknown) => void ElMessage.error(messageOf(e)));

  watch(groupBy, () => void loadEmployment());
  onMounted(load);
  return {
    figures,
    employment,
    groupBy,
    loading,
    error,
    load,
    exportShortage: () => save(deps.exportShortageList(), 'shortage.xlsx'),
    exportEmployment: () => save(deps.exportEmploymentFigures(groupBy.value), 'employment.xlsx'),
  };
}
