import { startTransition, useCallback, useEffect, useState } from 'react';
import type { ServicePoint } from '@yilu/shared';
import { fetchNearby } from './points-api';
import { locate, mapCrs } from './location';
import { useMapFilters, widerRadius, type MapFilters } from './map-filters';

type Position = { lng: number; lat: number };

interface Answer {
  /** The query it answers: while it differs from the current one, the list is loading. */
  key: string;
  points: ServicePoint[];
  error: string;
  savedAt?: number;
}

const queryKey = (center: Position | null, filters: MapFilters, attempt: number) => JSON.stringify({ center, filters, attempt });

/** The map page's state: where the worker is, what they filter for (kept in `useMapFilters`), and the nearest matches. */
export function useNearby() {
  const [center, setCenter] = useState<Position | null>(null);
  // Undefined while the first position is being read.
  const [located, setLocated] = useState<boolean | undefined>(undefined);
  const chips = useMapFilters();
  const { filters } = chips;
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer>({ key: '', points: [], error: '' });
  const key = queryKey(center, filters, attempt);

  /** Reads the location again; a new position object, so the map flies back to it even when it has not moved. */
  const recentre = useCallback(
    () =>
      locate().then(({ located: ok, ...position }) => {
        setLocated(ok);
        setCenter(position);
      }),
    [],
  );

  useEffect(() => {
    void recentre();
  }, [recentre]);

  useEffect(() => {
    if (!center) return;
    const { radiusM, ...chipsOnly } = filters;
    void fetchNearby({ near: center, crs: mapCrs, radius: radiusM, ...chipsOnly }).then(
      // A transition: React renders the rows in slices, so a long list does not hold the phone's main thread.
      (result) =>
        startTransition(() => setAnswer({ key, points: result.items, error: '', savedAt: result.fromCache ? result.savedAt : undefined })),
      (e: unknown) => setAnswer((a) => ({ ...a, key, error: e instanceof Error ? e.message : String(e) })),
    );
  }, [center, filters, key]);

  return {
    ...chips,
    center,
    located,
    points: answer.points,
    loading: answer.key !== key,
    error: answer.key === key ? answer.error : '',
    savedAt: answer.savedAt,
    /** A wider radius "扩大范围" can offer, or undefined at the widest. */
    widerRadiusM: widerRadius(filters.radiusM),
    recentre,
    reload: () => setAttempt((n) => n + 1),
  };
}
