import { useEffect, useMemo, useState } from 'react';
import type { Job } from '@yilu/contract';
import { locate } from '../points/location';
import { mergeTrades, noJobFilters, type JobFilters } from './filters';
import { listJobs } from './jobs-api';

interface Answer {
  /** The query it answers: while it differs from the current one, the list is loading. */
  key: string;
  jobs: Job[];
  error: string;
  savedAt?: number;
}

/**
 * The 工作 tab's state: where the worker is (as the map gets it), the filters, and the open jobs nearest first with
 * the worker's fit. Signing in or out asks again (the fit is the worker's); 只看我能报的 is for the signed-in only.
 */
export function useJobs(signedIn: boolean) {
  const [center, setCenter] = useState<{ lng: number; lat: number } | null>(null);
  const [located, setLocated] = useState(true);
  const [chosen, setFilters] = useState<JobFilters>(noJobFilters);
  const [trades, setTrades] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer>({ key: '', jobs: [], error: '' });
  const filters = useMemo(() => (signedIn ? chosen : { ...chosen, qualified: false }), [chosen, signedIn]);
  const key = JSON.stringify({ center, filters, signedIn, attempt });

  useEffect(() => {
    void locate().then(({ located: ok, lng, lat }) => {
      setLocated(ok);
      setCenter({ lng, lat });
    });
  }, []);

  useEffect(() => {
    if (!center) return;
    void listJobs(center, filters).then(
      (list) => {
        setAnswer({ key, jobs: list.jobs, error: '', savedAt: list.savedAt });
        setTrades((known) => mergeTrades(known, list.jobs));
      },
      (e: unknown) => setAnswer((a) => ({ ...a, key, error: e instanceof Error ? e.message : String(e) })),
    );
  }, [center, filters, key]);

  const choose = (change: Partial<JobFilters>) => setFilters((f) => ({ ...f, ...change }));
  return {
    filters,
    trades,
    located,
    jobs: answer.jobs,
    loading: answer.key !== key,
    error: answer.key === key ? answer.error : '',
    savedAt: answer.savedAt,
    /** Picks a trade, or all trades again when the chosen one is tapped twice. */
    chooseTrade: (trade: string) => choose({ trade: chosen.trade === trade ? '' : trade }),
    choosePay: (minPayFen: number) => choose({ minPayFen }),
    toggleQualified: () => choose({ qualified: !chosen.qualified }),
    reload: () => setAttempt((n) => n + 1),
  };
}
