import type { DemandFigures, EmploymentFigures } from '@yilu/contract';
import { SUPPLY_WINDOW_DAYS, WITHHELD_NOTE } from '@yilu/shared';
import { writeSheet } from '../sheets/read-sheet.js';

/** A withheld count says why it is empty, in the file as on the page. */
const cell = (v: number | null) => (v === null ? WITHHELD_NOTE : v);

const shortageColumns = [
  ['rank', '排名'],
  ['areaName', '区县'],
  ['areaCode', '行政区划代码'],
  ['trade', '工种'],
  ['demand', '需求人数'],
  ['interest', '想学人数'],
  ['misses', '搜索无结果人数'],
  ['unfilled', '岗位空缺'],
  ['seatsOpen', `${SUPPLY_WINDOW_DAYS} 天内开班名额`],
  ['gap', '缺口'],
] as const;

/** 紧缺职业技能缺口清单 as .xlsx: the same rows and withheld counts as the page. */
export function shortageSheet(figures: DemandFigures): Promise<Buffer> {
  const rows = figures.shortage.map((r) => ({
    ...r,
    rank: r.rank ?? '',
    demand: cell(r.demand),
    interest: cell(r.interest),
    misses: cell(r.misses),
    gap: cell(r.gap),
  }));
  return writeSheet('紧缺职业技能缺口清单', shortageColumns, rows, 'xlsx', { areaName: 22, trade: 18, seatsOpen: 18 });
}

const employmentColumns = (groupBy: EmploymentFigures['groupBy']) =>
  [
    ['label', { class: '班级', provider: '培训机构', employer: '用人单位' }[groupBy]],
    ['certified', groupBy === 'employer' ? '持证应聘人数' : '取证人数'],
    ['hired', '上岗人数'],
    ['rate', '上岗率'],
    ['medianDays', '取证到上岗天数（中位数）'],
  ] as const;

/** The employment figures as .xlsx, with the same counts withheld. */
export function employmentSheet(figures: EmploymentFigures): Promise<Buffer> {
  const rows = figures.rows.map((r) => ({
    label: r.label,
    certified: cell(r.certified),
    hired: cell(r.hired),
    rate: r.rate === null ? (r.hired === null ? WITHHELD_NOTE : '') : `${(r.rate * 100).toFixed(1)}%`,
    medianDays: r.medianDays ?? (r.hired === null ? WITHHELD_NOTE : ''),
  }));
  return writeSheet('就业统计', employmentColumns(figures.groupBy), rows, 'xlsx', { label: 30, medianDays: 24 });
}
