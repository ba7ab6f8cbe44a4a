import { API_BASE } from '@yilu/contract';
import type { SessionUser } from '@yilu/shared';
import { inScope } from '../auth/scope.js';
import type { AppContext } from '../context.js';

const areaStaff = new Set(['admin', 'district_staff', 'community_staff']);

/** Where a photo is served, as reports store it. */
export const photoUrl = (id: string) => `${API_BASE}/uploads/${id}`;

/**
 * Whether the user may see a photo: its author, and the staff of the area of a report it is attached to. Holding
 * the URL is not enough; a photo attached to nothing yet is its author's alone.
 */
export async function mayReadPhoto(
  ctx: AppContext,
  photo: { _id: { toString(): string }; ownerId: { toString(): string } },
  user: SessionUser,
) {
  if (photo.ownerId.toString() === user.id) return true;
  if (!areaStaff.has(user.role)) return false;
  const reports = await ctx.models.PointReport.find({ photo: photoUrl(photo._id.toString()) }, { areaCode: 1 }).lean();
  return reports.some((r) => inScope(user, r.areaCode));
}
