import type { Logger } from 'pino';

/**
 * A value read from the database and kept in each API instance, so that busy lists do not read a whole collection
 * per request (FerretDB scans a collection per query).
 *
 * - A change made through this instance calls `changed()`: the next reader waits for a fresh load.
 * - Changes made through other instances: picked up by a reload in the background once the value is older than
 *   `ttlMs`, while readers keep getting the previous one; so readers are at most `ttlMs` plus one load behind.
 *   With `ttlMs` 0 every read loads.
 */
export function createSnapshot<T>(load: () => Promise<T>, ttlMs: number, what: string, logger?: Logger) {
  let current: { value: T; at: number } | null = null;
  let loading: Promise<T> | null = null;

  function reload(): Promise<T> {
    const at = Date.now();
    loading ??= load()
      .then((value) => (current = { value, at }).value)
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  return {
    async get(): Promise<T> {
      if (!current || ttlMs === 0) return reload();
      if (Date.now() - current.at >= ttlMs) reload().catch((error: unknown) => logger?.warn({ err: error }, `reloading ${what} failed`));
      return current.value;
    },
    /** The value held now, if any, to adjust in place (a seat taken here). */
    peek: (): T | undefined => current?.value,
    /** Something changed here: the next reader gets a fresh load. */
    changed(): void {
      current = null;
    },
  };
}
