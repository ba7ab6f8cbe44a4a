import { Schema } from 'mongoose';

/**
 * One document per issued refresh token; the token itself is never stored, only its SHA-256.
 * `parentId` is unique: rotating a token inserts its one child, so two concurrent uses of the same token cannot
 * both succeed even on FerretDB, whose updates are not atomic — the loser sees a duplicate key and is treated
 * as a reuse, which revokes the family.
 */
export const refreshTokenSchema = new Schema(
  {
    tokenHash: { type: String, required: true, unique: true },
    accountId: { type: Schema.Types.ObjectId, required: true, index: true },
    familyId: { type: String, required: true, index: true },
    parentId: { type: Schema.Types.ObjectId, unique: true, sparse: true },
    expiresAt: { type: Date, required: true },
    revokedAt: { type: Date },
  },
  { timestamps: true, collection: 'refresh_tokens' },
);
