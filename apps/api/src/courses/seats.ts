import { trusted, type Types } from 'mongoose';
import type { AppContext } from '../context.js';
import type { Models } from '../db/connection.js';
import { isDuplicateKey } from '../db/duplicate-key.js';

/** A claim older than this whose enrollment does not exist was left by a crash between claiming and enrolling. */
const ORPHAN_CLAIM_MS = 60_000;

type Id = { toString(): string };

/**
 * Seats taken per class id, from one read of the claims (FerretDB scans a whole collection for every query);
 * without ids, every class's.
 */
export async function seatsTakenIn(models: Models, courseIds?: readonly Types.ObjectId[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const claims = await models.SeatClaim.find(courseIds ? { courseId: trusted({ $in: courseIds }) } : {})
    .select({ courseId: 1 })
    .lean();
  for (const c of claims) counts.set(c.courseId.toString(), (counts.get(c.courseId.toString()) ?? 0) + 1);
  return counts;
}

/**
 * The seats of the classes. A seat is taken by inserting its claim: the unique (courseId, seatNo) index with
 * seatNo in 1..capacity decides races, so a class never takes more people than it has seats. Every seat taken or
 * freed here is told to the open-classes snapshot, so that the class list counts it at once.
 */
export function createSeats(ctx: Pick<AppContext, 'models' | 'openClasses'>) {
  const { SeatClaim, Enrollment } = ctx.models;

  /** The first free seat from a random one on, or null when every seat is claimed. */
  async function claimFreeSeat(courseId: Types.ObjectId, capacity: number, enrollmentId: Types.ObjectId): Promise<number | null> {
    const offset = Math.floor(Math.random() * capacity);
    for (let k = 0; k < capacity; k++) {
      const seatNo = ((offset + k) % capacity) + 1;
      try {
        await SeatClaim.create({ courseId, seatNo, enrollmentId, claimedAt: new Date() });
        ctx.openClasses.seatTaken(courseId);
        return seatNo;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
    return null;
  }

  /** Frees the claims crashes left behind and says how many. */
  async function freeOrphans(courseId: Types.ObjectId): Promise<number> {
    let freed = 0;
    for (const c of await SeatClaim.find({ courseId }).lean()) {
      if (Date.now() - c.claimedAt.getTime() > ORPHAN_CLAIM_MS && !(await Enrollment.exists({ _id: c.enrollmentId }))) {
        await SeatClaim.deleteOne({ _id: c._id });
        ctx.openClasses.seatFreed(courseId);
        freed++;
      }
    }
    return freed;
  }

  return {
    /** Takes a free seat for an enrollment about to be created; null when the class is full. */
    async claim(courseId: Types.ObjectId, capacity: number, enrollmentId: Types.ObjectId): Promise<number | null> {
      const seatNo = await claimFreeSeat(courseId, capacity, enrollmentId);
      if (seatNo !== null || !(await freeOrphans(courseId))) return seatNo;
      return claimFreeSeat(courseId, capacity, enrollmentId);
    },

    /** Frees the seat an enrollment holds, if it holds one. */
    async release(e: { _id: Types.ObjectId; courseId: Types.ObjectId }): Promise<void> {
      if ((await SeatClaim.deleteOne({ courseId: e.courseId, enrollmentId: e._id })).deletedCount) ctx.openClasses.seatFreed(e.courseId);
    },

    /** Frees every seat of a class being deleted; the caller refreshes the snapshot, which drops the class. */
    async releaseAll(courseId: Types.ObjectId): Promise<void> {
      await SeatClaim.deleteMany({ courseId });
    },

    taken: (courseId: Id) => SeatClaim.countDocuments({ courseId: courseId.toString() }),

    takenIn: (courseIds: readonly Types.ObjectId[]) => seatsTakenIn(ctx.models, courseIds),
  };
}
