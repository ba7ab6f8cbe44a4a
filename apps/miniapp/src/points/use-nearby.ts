import { useCallback, useEffect, useState } from 'react';
import type { Amenity, PointKind, ServicePoint } from '@yilu/shared';
import { fetchNearby } from './points-api';
import { locate, mapCrs } from './location';

export interface NearbyFilters {
  kinds: PointKind[];
  amenities: Amenity[];
  openNow: boolean;
}

/** The map page's state: where the worker is, what they filter for, and the nearest matching points. */
export function useNearby() {
  const [center, setCenter] = useState<{ lng: number; lat: number } | null>(null);
  const [located, setLocated] = useState(true);
  const [filters, setFilters] = useState<NearbyFilters>({ kinds: [], amenities: [], openNow: false });
  const [points, setPoints] = useState<ServicePoint[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');
  const [savedAt, setSavedAt] = useState<number | undefined>();

  useEffect(() => {
    void locate().then(({ located: ok, ...position }) => {
      setLocated(ok);
      setCenter(position);
    });
  }, []);

  /** Shows the spinner again and clears the last error: called with each change that makes the points load again. */
  function reloading() {
    setLoading(true);
    setError('');
  }

  const load = useCallback(async () => {
    if (!center) return;
    await fetchNearby({ near: center, crs: mapCrs, ...filters })
      .then(
        (result) => {
          setPoints(result.items);
          setSavedAt(result.fromCache ? result.savedAt : undefined);
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      )
      .finally(() => setLoading(false));
  }, [center, filters]);

  useEffect(() => {
    void load();
  }, [load]);

  const toggle = <K extends 'kinds' | 'amenities'>(key: K, value: NearbyFilters[K][number]) => {
    reloading();
    setFilters((f) => {
      const list = f[key] as string[];
      return { ...f, [key]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] };
    });
  };

  return {
    center,
    located,
    filters,
    points,
    loading,
    error,
    savedAt,
    reload: () => {
      reloading();
      return load();
    },
    toggleKind: (k: PointKind) => toggle('kinds', k),
    toggleAmenity: (a: Amenity) => toggle('amenities', a),
    toggleOpenNow: () => {
      reloading();
      setFilters((f) => ({ ...f, openNow: !f.openNow }));
    },
  };
}
