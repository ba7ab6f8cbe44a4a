import { act, renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApiStandIn } from '../../../test/api-stand-in';

// The first list (every trade) is answered late, after the rider has already searched for a trade nobody teaches.
let answerFirstList: () => void = () => undefined;
const firstListAnswered = new Promise<void>((resolve) => (answerFirstList = resolve));
const someClass = { id: 'c1', title: '低压电工培训班', trade: { name: '电工' } };

let api: Awaited<ReturnType<typeof startApiStandIn>>;
beforeAll(async () => {
  api = await startApiStandIn(async ({ path }) => {
    if (path.startsWith('/api/v1/courses/trades')) return { status: 200, body: { items: [] } };
    if (!path.startsWith('/api/v1/courses?')) return undefined;
    if (new URLSearchParams(path.split('?')[1]).has('trade')) return { status: 200, body: { items: [], total: 0 } };
    await firstListAnswered;
    return { status: 200, body: { items: [someClass], total: 1 } };
  });
  vi.stubEnv('TARO_APP_API_BASE', api.base);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await api.close();
});

describe('the class list', () => {
  it('shows the answer to the latest search, not a slower answer to an earlier list', async () => {
    // The client reads the API's address when first imported: after the stand-in is up.
    const { useCourses } = await import('../use-courses');
    const { result } = renderHook(() => useCourses());
    await waitFor(() => expect(api.requests.some((r) => r.path.startsWith('/api/v1/courses?'))).toBe(true));
    act(() => result.current.searchTrade('茶艺师'));
    await waitFor(() => expect(result.current.loading).toBe(false));
    answerFirstList();
    await waitFor(() => expect(api.requests.filter((r) => r.path.startsWith('/api/v1/courses?'))).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 100));
    expect(result.current.courses).toEqual([]);
    expect(result.current.filters.trade).toBe('茶艺师');
  });
});
