import type { DemandFacts, Fact } from './demand-facts.js';

/** The people and amounts counted for one group: a district and trade, a district, or a trade. */
export interface Tally {
  interest: Set<string>;
  misses: Set<string>;
  unfilled: number;
  seatsOpen: number;
}

export type PeopleMeasure = 'interest' | 'misses' | 'demand';

const emptyTally = (): Tally => ({ interest: new Set(), misses: new Set(), unfilled: 0, seatsOpen: 0 });

/** People in a group: those who said 想学, whose search found nothing, or either (each once). */
export function peopleIn(t: Tally, measure: PeopleMeasure): number {
  if (measure !== 'demand') return t[measure].size;
  return new Set([...t.interest, ...t.misses]).size;
}

export interface DemandTallies {
  cells: Map<string, Tally & { areaCode: string; trade: string }>;
  districts: Map<string, Tally>;
  trades: Map<string, Tally>;
}

/** Adds each fact to its district-and-trade cell, its district and its trade (a fact without a district to its trade only). */
export function tallyDemand(facts: DemandFacts): DemandTallies {
  const tallies: DemandTallies = { cells: new Map(), districts: new Map(), trades: new Map() };
  const groupsOf = ({ trade, areaCode }: Fact): Tally[] => {
    const byTrade = tallies.trades.get(trade) ?? emptyTally();
    tallies.trades.set(trade, byTrade);
    if (!areaCode) return [byTrade];
    const key = `${areaCode}|${trade}`;
    const cell = tallies.cells.get(key) ?? { ...emptyTally(), areaCode, trade };
    const district = tallies.districts.get(areaCode) ?? emptyTally();
    tallies.cells.set(key, cell);
    tallies.districts.set(areaCode, district);
    return [cell, district, byTrade];
  };
  for (const f of facts.interest) for (const t of groupsOf(f)) t.interest.add(f.workerId);
  for (const f of facts.misses) for (const t of groupsOf(f)) t.misses.add(f.workerId);
  for (const f of facts.unfilled) for (const t of groupsOf(f)) t.unfilled += f.amount;
  for (const f of facts.seatsOpen) for (const t of groupsOf(f)) t.seatsOpen += f.amount;
  return tallies;
}
