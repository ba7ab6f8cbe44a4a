import type { Job } from '@yilu/contract';

export interface JobFilters {
  trade: string;
  /** 0: any pay. */
  minPayFen: number;
  /** Only jobs the signed-in worker qualifies for. */
  qualified: boolean;
}

export const noJobFilters: JobFilters = { trade: '', minPayFen: 0, qualified: false };

/** The minimum monthly pay chips, in fen: 不限, 4,000, 6,000 and 8,000 元以上. */
export const payChoicesFen = [0, 400_000, 600_000, 800_000] as const;

/**
 * The filters applied on the phone to a saved list, by the API's rules: the trade by name, the top of the pay range
 * reaching the minimum, and the worker's fit.
 */
export function filterJobs(jobs: Job[], filters: JobFilters): Job[] {
  return jobs.filter(
    (j) =>
      (!filters.trade || j.trade.name === filters.trade) &&
      j.payFen.max >= filters.minPayFen &&
      (!filters.qualified || j.fit?.qualifies === true),
  );
}

/** Trade chips: the trades seen so far, in the order first seen, so a chosen trade's chip stays while its list shows. */
export function mergeTrades(known: string[], jobs: Job[]): string[] {
  const seen = new Set(known);
  const added = jobs.map((j) => j.trade.name).filter((name) => !seen.has(name) && seen.add(name));
  return added.length ? [...known, ...added] : known;
}
