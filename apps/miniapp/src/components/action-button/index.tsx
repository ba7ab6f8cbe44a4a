import { Button, type ButtonProps } from '@tarojs/components';

/** Enter and Space press a focused button, as they do a native one. */
function pressFromKeyboard(press: ButtonProps['onClick']) {
  return (e: { key: string; preventDefault(): void }) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    press?.(e as unknown as Parameters<NonNullable<ButtonProps['onClick']>>[0]);
  };
}

/**
 * Taro's button, announced and reached as a button everywhere. On h5 Taro's React Button is a <div> without a role
 * or focus; weapp's native button ignores what is added here.
 */
export default function ActionButton(props: ButtonProps) {
  const { disabled, onClick } = props;
  const asButton = {
    role: 'button',
    tabIndex: disabled ? -1 : 0,
    'aria-disabled': disabled ? 'true' : undefined,
    onKeyDown: disabled ? undefined : pressFromKeyboard(onClick),
  };
  return <Button {...props} {...asButton} />;
}
