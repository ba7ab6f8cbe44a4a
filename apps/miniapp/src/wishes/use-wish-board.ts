import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '@yilu/client';
import type { WishBoard } from '@yilu/contract';
import type { WishCategory } from '@yilu/shared';
import { api } from '../api/client';
import { t } from '../locales/zh-CN';
import { locate, mapCrs } from '../points/location';
import { nearParam } from './format';

export interface BoardPlace {
  /** A spot the page was opened with (the map's centre), in mapCrs. */
  spot?: { lng: number; lat: number };
}

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : e instanceof Error ? e.message : t.errors.network);

/**
 * The wish board around the worker: the district of the spot the page was opened with, or of the worker's position
 * (used for this query only), by category, newest or most supported first; and the worker's +1.
 */
export function useWishBoard({ spot }: BoardPlace) {
  const [position, setPosition] = useState<{ lng: number; lat: number } | null>(spot ?? null);
  const [located, setLocated] = useState(true);
  const [category, setCategory] = useState<WishCategory | ''>('');
  const [sort, setSort] = useState<'newest' | 'supported'>('newest');
  const [board, setBoard] = useState<WishBoard | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');

  useEffect(() => {
    if (spot) return;
    void locate().then((p) => {
      setLocated(p.located);
      setPosition({ lng: p.lng, lat: p.lat });
    });
  }, [spot]);

  /** Shows the spinner again and clears the last error: called with each change that makes the board load again. */
  function reloading() {
    setLoading(true);
    setError('');
  }

  const load = useCallback(async () => {
    if (!position) return;
    const query = { near: nearParam(position), crs: mapCrs, sort, pageSize: 50, ...(category ? { category } : {}) };
    await api
      .listWishes({ query })
      .then(
        (answer) => {
          setBoard(answer);
          setError('');
        },
        (e: unknown) => setError(messageOf(e)),
      )
      .finally(() => setLoading(false));
  }, [position, category, sort]);

  useEffect(() => {
    void load();
  }, [load]);

  async function support(id: string): Promise<string> {
    try {
      const { supportCount } = await api.supportWish({ params: { id } });
      setBoard((b) => b && { ...b, items: b.items.map((w) => (w.id === id ? { ...w, supportCount, supportedByMe: true } : w)) });
      return t.wishes.supportedToast;
    } catch (e) {
      return messageOf(e);
    }
  }

  const choose =
    <T>(set: (v: T) => void) =>
    (v: T) => {
      reloading();
      set(v);
    };
  const reload = () => {
    reloading();
    return load();
  };
  return {
    position,
    located,
    category,
    setCategory: choose(setCategory),
    sort,
    setSort: choose(setSort),
    board,
    loading,
    error,
    reload,
    support,
  };
}
