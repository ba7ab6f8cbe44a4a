import { API_BASE } from '@yilu/contract';
import type { SessionUser } from '@yilu/shared';
import { trusted } from 'mongoose';
import { inScope } from '../auth/scope.js';
import type { AppContext } from '../context.js';
import { mayRead } from '../wishes/wish-access.js';

const areaStaff = new Set(['admin', 'district_staff', 'community_staff']);

/** Where a photo is served, as reports store it. */
export const photoUrl = (id: string) => `${API_BASE}/uploads/${id}`;

/** The wishes a photo belongs to: as the author's photo, the staff's "done" photo, or a step of the timeline. */
async function wishesWith(ctx: AppContext, url: string) {
  const { Wish, WishEvent } = ctx.models;
  const events = await WishEvent.find({ photo: url }, { wishId: 1 }).lean();
  const fields = { areaCode: 1, assignedAreaCode: 1, authorId: 1, visibility: 1, hidden: 1 };
  return Wish.find({ $or: [{ photo: url }, { replyPhoto: url }, { _id: trusted({ $in: events.map((e) => e.wishId) }) }] }, fields).lean();
}

/**
 * Whether the user may see a photo: its author; the staff of the area of a report it is attached to; and for a
 * wish's photos, everyone signed in while the wish is on the public board, otherwise the wish's author and staff.
 * Holding the URL is not enough; a photo attached to nothing yet is its author's alone.
 */
export async function mayReadPhoto(
  ctx: AppContext,
  photo: { _id: { toString(): string }; ownerId: { toString(): string } },
  user: SessionUser,
) {
  if (photo.ownerId.toString() === user.id) return true;
  const url = photoUrl(photo._id.toString());
  if ((await wishesWith(ctx, url)).some((w) => mayRead(user, w))) return true;
  if (!areaStaff.has(user.role)) return false;
  const reports = await ctx.models.PointReport.find({ photo: url }, { areaCode: 1 }).lean();
  return reports.some((r) => inScope(user, r.areaCode));
}
