import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { afterEach, describe, expect, it } from 'vitest';
import MePage from '../../pages/me/index';
import { readLargeText } from '../large-text';

afterEach(() => {
  cleanup();
  Taro.removeStorageSync('yilu.largeText');
});

describe('大字模式', () => {
  it('is switched in 我的, kept in storage and puts .large-text on the page root', () => {
    const { container } = render(<MePage />);
    const root = container.firstElementChild!;
    expect(root.classList.contains('large-text')).toBe(false);

    fireEvent.click(screen.getByRole('switch', { name: '大字模式' }));
    expect(readLargeText()).toBe(true);
    expect(root.classList.contains('large-text')).toBe(true);

    cleanup();
    const again = render(<MePage />);
    expect(again.container.firstElementChild!.classList.contains('large-text')).toBe(true);
    expect((screen.getByRole('switch', { name: '大字模式' }) as HTMLInputElement).checked).toBe(true);
  });
});
