import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '@yilu/client';
import type { WishSummary } from '@yilu/contract';
import type { PointReport } from '@yilu/shared';
import { api } from '../api/client';
import { t } from '../locales/zh-CN';

/** 我的反馈: the worker's own wishes and reports about listings, with their state and the staff's replies. */
export function useMyFeedback() {
  const [wishes, setWishes] = useState<WishSummary[]>([]);
  const [reports, setReports] = useState<PointReport[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');

  const load = useCallback(
    () =>
      Promise.all([api.myWishes(), api.myReports()])
        .then(
          ([w, r]) => {
            setWishes(w.items);
            setReports(r.items);
            setError('');
          },
          (e: unknown) => setError(e instanceof ApiError ? e.message : t.errors.network),
        )
        .finally(() => setLoading(false)),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const reload = () => {
    setLoading(true);
    setError('');
    return load();
  };
  return { wishes, reports, loading, error, reload };
}
