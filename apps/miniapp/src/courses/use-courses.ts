import { useEffect, useState } from 'react';
import { locate } from '../points/location';
import { listCourses, listTrades, type Course, type CourseFilters } from './courses-api';

/** Classes near the worker, optionally of one trade, ending in two certificates, costing nothing or starting soon. */
export function useCourses() {
  const [filters, setFilters] = useState<CourseFilters>({ trade: '', dualCertificate: false, free: false, startingSoon: false });
  const [trades, setTrades] = useState<string[]>([]);
  const [near, setNear] = useState<{ lng: number; lat: number } | undefined>();
  const [courses, setCourses] = useState<Course[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');

  /** Shows the spinner again and clears the last error: called with each change that makes the list load again. */
  function reloading() {
    setLoading(true);
    setError('');
  }

  useEffect(() => {
    void locate().then(({ located, lng, lat }) => {
      if (!located) return;
      reloading();
      setNear({ lng, lat });
    });
    // Without the trade list the other filters still work; the chips simply do not show.
    listTrades().then(
      (r) => setTrades(r.items.map((x) => x.name)),
      () => undefined,
    );
  }, []);

  useEffect(() => {
    // An answer to filters changed since (the first list, still loading when a trade is searched) is dropped.
    let current = true;
    listCourses({ ...filters, near })
      .then((r) => current && setCourses(r.items))
      .catch((e: Error) => current && setError(e.message))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [filters, near]);

  return {
    filters,
    trades,
    courses,
    loading,
    error,
    near,
    /** Looks for one trade by name (typed in the search box); an empty name shows every trade again. */
    searchTrade: (trade: string) => {
      reloading();
      setFilters((f) => ({ ...f, trade: trade.trim() }));
    },
    toggle: (key: 'dualCertificate' | 'free' | 'startingSoon') => {
      reloading();
      setFilters((f) => ({ ...f, [key]: !f[key] }));
    },
    /** Picks a trade, or all trades again when the chosen one is tapped twice. */
    chooseTrade: (trade: string) => {
      reloading();
      setFilters((f) => ({ ...f, trade: f.trade === trade ? '' : trade }));
    },
  };
}
