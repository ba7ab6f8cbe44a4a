import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { onUnreadChanged, showUnreadBadge } from './unread-badge';

/** The unread count for 我的, fetched once signed in and kept as 消息 marks messages read, and put on the tab as a badge. */
export function useUnread(signedIn: boolean): number {
  const [unread, setUnread] = useState(0);
  useEffect(() => onUnreadChanged(setUnread), []);
  useEffect(() => {
    if (!signedIn) return;
    void api.myNotifications({ query: { pageSize: 1 } }).then(
      (page) => showUnreadBadge(page.unread),
      () => undefined,
    );
  }, [signedIn]);
  return unread;
}
