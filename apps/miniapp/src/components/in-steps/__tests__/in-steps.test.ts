import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useInSteps } from '../index';

const list = (n: number, tag = 'a') => Array.from({ length: n }, (_, i) => `${tag}${i}`);

describe('useInSteps', () => {
  it('gives the first items with the first render and the whole list right after', async () => {
    const items = list(20);
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const shown = useInSteps(items, 6);
      seen.push(shown.length);
      return shown;
    });
    expect(seen[0]).toBe(6);
    await waitFor(() => expect(result.current).toEqual(items));
  });

  it('starts a new list from its first items again, and gives a short list whole at once', async () => {
    const seen: string[][] = [];
    const { result, rerender } = renderHook(
      ({ items }) => {
        const shown = useInSteps(items, 6);
        seen.push(shown);
        return shown;
      },
      { initialProps: { items: list(20) } },
    );
    await waitFor(() => expect(result.current).toHaveLength(20));
    const next = list(30, 'b');
    const before = seen.length;
    rerender({ items: next });
    expect(seen[before]).toEqual(next.slice(0, 6));
    await waitFor(() => expect(result.current).toEqual(next));
    const short = list(4, 'c');
    const atShort = seen.length;
    rerender({ items: short });
    expect(seen[atShort]).toBe(short);
  });
});
