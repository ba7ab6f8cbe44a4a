import { View } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import { keyboardFocusable } from '../keyboard/focusable';
import './index.css';

export interface ChipRowProps {
  className: string;
  testId?: string;
}

/**
 * A row of chips wider than the phone, scrolled sideways. On h5 a plain element that scrolls (Taro's React
 * ScrollView passes no tabIndex or data attributes on), reachable from a keyboard; weapp uses index.weapp.tsx.
 */
export default function ChipRow({ className, testId, children }: PropsWithChildren<ChipRowProps>) {
  return (
    <View className={`chip-row ${className}`} data-testid={testId} {...keyboardFocusable}>
      {children}
    </View>
  );
}
