import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { getMapFilters, initialFilters, setMapFilters, toggled, useMapFilters, widerRadius } from '../map-filters';

describe('map filters', () => {
  it('widens 5 → 10 → 20 → 50 km and stops at the API limit', () => {
    expect(widerRadius(5000)).toBe(10_000);
    expect(widerRadius(10_000)).toBe(20_000);
    expect(widerRadius(20_000)).toBe(50_000);
    expect(widerRadius(50_000)).toBeUndefined();
  });

  it('toggles values in and out of a list', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('selects several kinds and amenities, and keeps them for the next page that reads them', () => {
    setMapFilters(() => initialFilters);
    const first = renderHook(() => useMapFilters());
    act(() => {
      first.result.current.toggleKind('charging');
      first.result.current.toggleAmenity('ev_fast_charging');
    });
    act(() => first.result.current.toggleAmenity('books'));
    act(() => first.result.current.toggleOpenNow());
    act(() => first.result.current.widen());
    first.unmount();

    const again = renderHook(() => useMapFilters());
    expect(again.result.current.filters).toEqual({
      kinds: ['charging'],
      amenities: ['ev_fast_charging', 'books'],
      openNow: true,
      radiusM: 10_000,
    });
    act(() => again.result.current.allKinds());
    expect(getMapFilters().kinds).toEqual([]);
  });
});
