import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '@yilu/client';
import type { Wish } from '@yilu/contract';
import { api } from '../api/client';
import { t } from '../locales/zh-CN';

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : e instanceof Error ? e.message : t.errors.network);

/** One wish with its timeline, and what the worker can do with it: support it, or as its author confirm or reopen it. */
export function useWish(id: string | undefined) {
  const [wish, setWish] = useState<Wish | null>(null);
  const [loadError, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    if (!id) return;
    await api.getWish({ params: { id } }).then(
      (answer) => {
        setWish(answer);
        setError('');
      },
      (e: unknown) => setError(e instanceof ApiError && e.status === 404 ? t.wishes.notFound : messageOf(e)),
    );
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  const error = id ? loadError : t.wishes.notFound;

  async function act(run: () => Promise<Wish | void>, done: string): Promise<boolean> {
    setBusy(true);
    setMessage('');
    try {
      const next = await run();
      if (next) setWish(next);
      setMessage(done);
      setFailed(false);
      return true;
    } catch (e) {
      setMessage(messageOf(e));
      setFailed(true);
      return false;
    } finally {
      setBusy(false);
    }
  }

  const support = () =>
    act(async () => {
      const { supportCount } = await api.supportWish({ params: { id: id! } });
      setWish((w) => w && { ...w, supportCount, supportedByMe: true });
    }, t.wishes.supportedToast);
  const confirm = () => act(() => api.confirmWish({ params: { id: id! } }), t.wishes.confirmed);
  const reopen = (reason: string) => act(() => api.reopenWish({ params: { id: id! }, body: { reason } }), t.wishes.reopened);

  return { wish, error, busy, message, failed, reload: load, support, confirm, reopen };
}
