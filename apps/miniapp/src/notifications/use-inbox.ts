import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '@yilu/client';
import type { NotificationAnswer } from '@yilu/contract';
import type { NotificationKind } from '@yilu/shared';
import { api } from '../api/client';
import { t } from '../locales/zh-CN';
import { showUnreadBadge } from './unread-badge';

const failure = (e: unknown) => (e instanceof ApiError ? e.message : t.errors.network);

/** 消息: the worker's messages, newest first, marked read one by one or all at once; the kinds pushed on WeChat. */
export function useInbox() {
  const [items, setItems] = useState<NotificationAnswer[]>([]);
  const [unread, setUnread] = useState(0);
  const [kinds, setKinds] = useState<NotificationKind[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');

  const counted = (n: number) => {
    setUnread(n);
    showUnreadBadge(n);
  };
  const load = useCallback(
    () =>
      Promise.all([api.myNotifications({ query: { pageSize: 50 } }), api.myNotificationPreferences()])
        .then(
          ([page, preferences]) => {
            setItems(page.items);
            counted(page.unread);
            setKinds(preferences.kinds);
            setError('');
          },
          (e: unknown) => setError(failure(e)),
        )
        .finally(() => setLoading(false)),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);

  async function markRead(body: { ids: string[] } | { all: true }) {
    const at = new Date().toISOString();
    const read = (n: NotificationAnswer) => ('all' in body || body.ids.includes(n.id) ? { ...n, readAt: n.readAt ?? at } : n);
    await api.markNotificationsRead({ body }).then(
      ({ unread: left }) => {
        setItems((list) => list.map(read));
        counted(left);
      },
      (e: unknown) => setError(failure(e)),
    );
  }

  async function setKind(kind: NotificationKind, on: boolean) {
    const next = on ? [...kinds, kind] : kinds.filter((k) => k !== kind);
    await api.setNotificationPreferences({ body: { kinds: next } }).then(
      (p) => setKinds(p.kinds),
      (e: unknown) => setError(failure(e)),
    );
  }

  return { items, unread, kinds, loading, error, markRead, setKind };
}
