import Taro from '@tarojs/taro';

/** The tab bar's 我的 tab (map, courses, jobs, me: app.config.ts). */
const ME_TAB = 3;

const listeners = new Set<(unread: number) => void>();

/** Hears every new unread count (the 我的 page's entry to 消息); answers how to stop. */
export function onUnreadChanged(listener: (unread: number) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Shows the unread count on the 我的 tab, or nothing when all is read; a page without the tab bar ignores it. */
export function showUnreadBadge(unread: number): void {
  for (const listener of listeners) listener(unread);
  try {
    const shown =
      unread > 0
        ? Taro.setTabBarBadge({ index: ME_TAB, text: unread > 99 ? '99+' : String(unread) })
        : Taro.removeTabBarBadge({ index: ME_TAB });
    void Promise.resolve(shown).catch(() => undefined);
  } catch {
    // No tab bar here (a test, a page outside the tabs).
  }
}
