import type { Logger } from 'pino';
import { trusted } from 'mongoose';
import type { Models } from '../db/connection.js';
import type { CourseDoc } from './course-view.js';
import { seatsTakenIn } from './seats.js';

export interface OpenClasses {
  docs: CourseDoc[];
  /** Seats taken per class id. */
  seats: Map<string, number>;
}

/**
 * The classes workers browse (open and running) with their seats taken, kept in each API instance so that the
 * class list does not read every class and seat for every request (FerretDB scans a collection per query).
 *
 * - A class published, edited or deleted through this instance: the next reader waits for a fresh load.
 * - A seat taken or freed through this instance: counted in place at once.
 * - Changes made through other instances: picked up by a reload in the background once the snapshot is older
 *   than `ttlMs`, while readers keep getting the previous one; so the list is at most `ttlMs` plus one load behind.
 * A class's own page and enrolling always read the database.
 */
export function createOpenClasses(models: Models, ttlMs: number, logger?: Logger) {
  let current: (OpenClasses & { at: number }) | null = null;
  let loading: Promise<OpenClasses> | null = null;

  async function load(): Promise<OpenClasses & { at: number }> {
    const at = Date.now();
    const docs = (await models.Course.find({ status: trusted({ $in: ['open', 'running'] }) }).lean()) as unknown as CourseDoc[];
    const open = new Set(docs.map((d) => d._id.toString()));
    // All claims in one read: a filter on 1,000 class ids would make FerretDB slower, not faster.
    const seats = new Map([...(await seatsTakenIn(models))].filter(([id]) => open.has(id)));
    return { docs, seats, at };
  }

  function reload(): Promise<OpenClasses> {
    loading ??= load()
      .then((fresh) => (current = fresh))
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  const adjust = (courseId: { toString(): string }, by: number) => {
    const id = courseId.toString();
    current?.seats.set(id, Math.max(0, (current.seats.get(id) ?? 0) + by));
  };

  return {
    async get(): Promise<OpenClasses> {
      if (!current) return reload();
      if (ttlMs === 0 || Date.now() - current.at >= ttlMs) {
        if (ttlMs === 0) return reload();
        reload().catch((error: unknown) => logger?.warn({ err: error }, 'reloading the open classes failed'));
      }
      return current;
    },
    /** A class was published, edited or deleted here: the next reader gets a fresh load. */
    changed(): void {
      current = null;
    },
    seatTaken: (courseId: { toString(): string }) => adjust(courseId, 1),
    seatFreed: (courseId: { toString(): string }) => adjust(courseId, -1),
  };
}
