import Taro from '@tarojs/taro';

/**
 * Calls `back` whenever the network may be back: on reconnecting (h5: the window's `online` event; weapp: the
 * network status change) and each time the app comes to the foreground.
 */
export function onNetworkBack(back: () => void): void {
  if (process.env.TARO_ENV === 'weapp') {
    Taro.onNetworkStatusChange(({ isConnected }) => isConnected && back());
  } else if (typeof window !== 'undefined') {
    window.addEventListener('online', back);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && back());
  }
  if (process.env.TARO_ENV === 'weapp') Taro.onAppShow(back);
}
