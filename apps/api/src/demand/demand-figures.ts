import type { DemandFigures, DemandTradeRow, ShortageRow } from '@yilu/contract';
import {
  DEMAND_WINDOW_DAYS,
  MIN_GROUP_SIZE,
  SUPPLY_WINDOW_DAYS,
  WITHHELD_NOTE,
  withholdSmallGroups,
  type CountLine,
  type SessionUser,
} from '@yilu/shared';
import { areaName } from '../areas/area-name.js';
import { scopeName } from '../auth/scope.js';
import type { AppContext } from '../context.js';
import { loadDemandFacts } from './demand-facts.js';
import { peopleIn, tallyDemand, type PeopleMeasure, type Tally } from './demand-tally.js';

type Figures = Omit<DemandTradeRow, 'trade'>;
const measures: PeopleMeasure[] = ['interest', 'misses', 'demand'];

/**
 * Every group's people counts as they may be shown. The groups are the district-and-trade cells, then the districts,
 * then the trades; a district's cells and a trade's cells are each a line whose total is shown beside them (the
 * district's row, the trade's row), so no withheld cell can be worked out from them. A group's measures are withheld
 * together (`withholdSmallGroups`): demand is the people who asked or searched, so one shown beside a withheld other
 * would give it away.
 */
function shownPeople(groups: Tally[], lines: CountLine[]): Record<PeopleMeasure, (number | null)[]> {
  const counts = measures.map((m) => groups.map((g) => peopleIn(g, m)));
  const withheld = withholdSmallGroups(counts, lines);
  return Object.fromEntries(measures.map((m, j) => [m, counts[j]!.map((c, i) => (withheld.has(i) && c !== 0 ? null : c))])) as Record<
    PeopleMeasure,
    (number | null)[]
  >;
}

/** Training demand is the larger of the people who asked and the vacancies (those who asked may fill them), minus seats. */
const gapOf = (demand: number | null, t: Tally) => (demand === null ? null : Math.max(demand, t.unfilled) - t.seatsOpen);

const byShown = (a: number | null, b: number | null) => (b ?? -Infinity) - (a ?? -Infinity);

/** The demand figures of the user's area: per district (the heat map), per trade, and per district and trade (the shortage list). */
export async function demandFigures(ctx: AppContext, user: SessionUser): Promise<DemandFigures> {
  const { cells, districts, trades } = tallyDemand(await loadDemandFacts(ctx, user));
  const cellList = [...cells.values()];
  const groups: Tally[] = [...cellList, ...districts.values(), ...trades.values()];
  const districtAt = cellList.length;
  const tradeAt = districtAt + districts.size;
  const lines = [
    ...[...districts.keys()].map((d, j) => ({ parts: cellList.flatMap((c, i) => (c.areaCode === d ? [i] : [])), total: districtAt + j })),
    ...[...trades.keys()].map((t, j) => ({ parts: cellList.flatMap((c, i) => (c.trade === t ? [i] : [])), total: tradeAt + j })),
  ];
  const shown = shownPeople(groups, lines);
  const figuresAt = (i: number): Figures => {
    const g = groups[i]!;
    const demand = shown.demand[i]!;
    return {
      interest: shown.interest[i]!,
      misses: shown.misses[i]!,
      demand,
      unfilled: g.unfilled,
      seatsOpen: g.seatsOpen,
      gap: gapOf(demand, g),
    };
  };
  const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

  const shortage: ShortageRow[] = cellList
    .map((c, i) => ({ rank: null as number | null, areaCode: c.areaCode, areaName: areaName(c.areaCode), trade: c.trade, ...figuresAt(i) }))
    .sort((a, b) => byShown(a.gap, b.gap) || byShown(a.demand, b.demand) || zh(a.areaName, b.areaName) || zh(a.trade, b.trade));
  shortage.forEach((row, i) => (row.rank = row.gap === null ? null : i + 1));

  const districtRows = [...districts.keys()]
    .map((areaCode, j) => ({ areaCode, areaName: areaName(areaCode), ...figuresAt(districtAt + j) }))
    .sort((a, b) => byShown(a.demand, b.demand) || zh(a.areaName, b.areaName));
  const tradeRows = [...trades.keys()]
    .map((trade, j) => ({ trade, ...figuresAt(tradeAt + j) }))
    .sort((a, b) => byShown(a.gap, b.gap) || zh(a.trade, b.trade));

  return {
    scopeName: scopeName(user),
    minGroupSize: MIN_GROUP_SIZE,
    note: WITHHELD_NOTE,
    windowDays: DEMAND_WINDOW_DAYS,
    seatsWithinDays: SUPPLY_WINDOW_DAYS,
    districts: districtRows,
    trades: tradeRows,
    shortage,
  };
}
