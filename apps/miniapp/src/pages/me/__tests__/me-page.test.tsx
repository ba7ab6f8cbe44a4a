import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import MePage from '../index';

afterEach(cleanup);

describe('MePage', () => {
  it('invites a guest to sign in and shows why sign-in failed', async () => {
    render(<MePage />);
    expect(screen.getByText('登录后可报名课程、课堂签到、查看证书')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '微信一键登录' }));
    // The platform-neutral sign-in refuses; the page must say so instead of failing silently.
    await waitFor(() => expect(screen.getByText('当前平台暂不支持登录')).toBeTruthy());
  });
});
