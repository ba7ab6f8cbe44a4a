import { trusted } from 'mongoose';

/** Points not soft-deleted. */
export const notDeleted = () => ({ deletedAt: trusted({ $exists: false }) });

/** Points never verified, or last verified `days` or more ago. */
export const notVerifiedFor = (days: number) => ({
  $or: [{ verifiedAt: trusted({ $exists: false }) }, { verifiedAt: trusted({ $lt: new Date(Date.now() - days * 86_400_000) }) }],
});
