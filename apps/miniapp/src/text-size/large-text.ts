import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

// 大字模式: text and targets 1.25× (app.css --scale), kept on the phone so it survives restarts.
const storageKey = 'yilu.largeText';
const changed = 'yilu:large-text-changed';

export function readLargeText(): boolean {
  try {
    return Taro.getStorageSync(storageKey) === true;
  } catch {
    return false;
  }
}

export function saveLargeText(on: boolean): void {
  Taro.setStorageSync(storageKey, on);
  Taro.eventCenter.trigger(changed, on);
}

/** Whether 大字模式 is on, following changes made on any page. */
export function useLargeText(): boolean {
  const [on, setOn] = useState(readLargeText);
  useEffect(() => {
    const follow = (value: boolean) => setOn(value);
    Taro.eventCenter.on(changed, follow);
    return () => void Taro.eventCenter.off(changed, follow);
  }, []);
  return on;
}

/** The class a page's root carries: `large-text` when 大字模式 is on. */
export function useTextSizeClass(): string {
  return useLargeText() ? 'large-text' : '';
}
