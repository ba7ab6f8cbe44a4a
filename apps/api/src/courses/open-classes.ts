import type { Logger } from 'pino';
import { trusted } from 'mongoose';
import type { Models } from '../db/connection.js';
import { createSnapshot } from '../db/snapshot.js';
import type { CourseDoc } from './course-view.js';
import { seatsTakenIn } from './seats.js';

export interface OpenClasses {
  docs: CourseDoc[];
  /** Seats taken per class id. */
  seats: Map<string, number>;
}

/**
 * The classes workers browse (open and running) with their seats taken, kept in each API instance (see
 * db/snapshot.ts for when it is reloaded). A seat taken or freed through this instance is counted in place at once.
 * A class's own page and enrolling always read the database.
 */
export function createOpenClasses(models: Models, ttlMs: number, logger?: Logger) {
  async function load(): Promise<OpenClasses> {
    const docs = (await models.Course.find({ status: trusted({ $in: ['open', 'running'] }) }).lean()) as unknown as CourseDoc[];
    const open = new Set(docs.map((d) => d._id.toString()));
    // All claims in one read: a filter on 1,000 class ids would make FerretDB slower, not faster.
    const seats = new Map([...(await seatsTakenIn(models))].filter(([id]) => open.has(id)));
    return { docs, seats };
  }
  const snapshot = createSnapshot(load, ttlMs, 'the open classes', logger);

  const adjust = (courseId: { toString(): string }, by: number) => {
    const seats = snapshot.peek()?.seats;
    const id = courseId.toString();
    seats?.set(id, Math.max(0, (seats.get(id) ?? 0) + by));
  };

  return {
    get: snapshot.get,
    /** A class was published, edited or deleted here: the next reader gets a fresh load. */
    changed: snapshot.changed,
    seatTaken: (courseId: { toString(): string }) => adjust(courseId, 1),
    seatFreed: (courseId: { toString(): string }) => adjust(courseId, -1),
  };
}
