import { ScrollView } from '@tarojs/components';
import type { PropsWithChildren } from 'react';
import type { ChipRowProps } from './index';

/** A row of chips wider than the phone, in WeChat's own sideways scroller. */
export default function ChipRow({ className, testId, children }: PropsWithChildren<ChipRowProps>) {
  return (
    <ScrollView scrollX enableFlex className={className} data-testid={testId}>
      {children}
    </ScrollView>
  );
}
