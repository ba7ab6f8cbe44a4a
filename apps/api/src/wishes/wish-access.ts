import type { SessionUser } from '@yilu/shared';
import { inScope, withinAreaFilter } from '../auth/scope.js';
import { forbidden } from '../http/problem.js';

const areaStaff = new Set(['admin', 'district_staff', 'community_staff']);

interface Placed {
  areaCode: string;
  assignedAreaCode?: string | null;
}

/** Whether the user looks after the wish: staff of its area, or of the community it was handed to. */
export function handles(user: SessionUser, wish: Placed): boolean {
  if (!areaStaff.has(user.role)) return false;
  return inScope(user, wish.areaCode) || (Boolean(wish.assignedAreaCode) && inScope(user, wish.assignedAreaCode!));
}

/** Who reads a wish: its author and its staff always; everyone signed in while it is public and not hidden. */
export function mayRead(
  user: SessionUser,
  wish: Placed & { authorId: { toString(): string }; visibility?: string | null; hidden?: boolean | null },
) {
  return wish.authorId.toString() === user.id || handles(user, wish) || (wish.visibility === 'public' && !wish.hidden);
}

/** The database filter of the wishes a staff member looks after: in their area, or handed to a community in it. */
export function staffWishFilter(user: SessionUser): Record<string, unknown> {
  if (user.role === 'admin') return {};
  if (!user.areaCode) throw forbidden();
  const { areaCode } = withinAreaFilter(user.areaCode);
  return { $or: [{ areaCode }, { assignedAreaCode: areaCode }] };
}
