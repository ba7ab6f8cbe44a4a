import { startTransition, useEffect, useState } from 'react';

/**
 * A long list drawn in two steps: its first `first` items with the page's render, the rest right after in a
 * transition React renders in slices. The top of the list shows sooner on a slow phone, and the rest does not hold its
 * main thread; a new list starts again from its first items.
 */
export function useInSteps<T>(items: T[], first = 6): T[] {
  const [whole, setWhole] = useState<T[] | null>(null);
  useEffect(() => {
    if (items.length > first) startTransition(() => setWhole(items));
  }, [items, first]);
  return whole === items || items.length <= first ? items : items.slice(0, first);
}
