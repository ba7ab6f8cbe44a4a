import { Schema, type InferSchemaType, type Types } from 'mongoose';
import { wishCategories, wishEventKinds, wishStatuses, wishVisibilities } from '@yilu/shared';

/**
 * A worker's wish. Its area is the point's, or the district of the spot or the one chosen: the spot itself and the
 * worker's position are not kept. The author is kept by id and by masked nickname only.
 */
export const wishSchema = new Schema(
  {
    category: { type: String, enum: wishCategories, required: true },
    text: { type: String, required: true },
    photo: String,
    visibility: { type: String, enum: wishVisibilities, default: 'public' },
    pointId: { type: Schema.Types.ObjectId },
    pointName: String,
    areaCode: { type: String, required: true },
    assignedAreaCode: String,
    assignedAreaName: String,
    authorId: { type: Schema.Types.ObjectId, required: true },
    authorName: { type: String, required: true },
    status: { type: String, enum: wishStatuses, default: 'submitted' },
    reply: String,
    replyPhoto: String,
    reason: String,
    duplicateOf: { type: Schema.Types.ObjectId },
    doneAt: Date,
    confirmedAt: Date,
    hidden: { type: Boolean, default: false },
    hiddenReason: String,
    hiddenAt: Date,
  },
  { timestamps: true, collection: 'wishes' },
);
// Who may see a photo is decided by the wish it is attached to (uploads/photo-access.ts).
wishSchema.index({ photo: 1 }, { sparse: true });
wishSchema.index({ replyPhoto: 1 }, { sparse: true });

/** One step of a wish's public timeline; written once, never changed. */
export const wishEventSchema = new Schema(
  {
    wishId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
    kind: { type: String, enum: wishEventKinds, required: true },
    actorId: { type: Schema.Types.ObjectId, required: true },
    by: { type: String, required: true },
    text: String,
    photo: String,
    areaName: String,
    duplicateOf: { type: Schema.Types.ObjectId },
  },
  { collection: 'wish_events' },
);
wishEventSchema.index({ wishId: 1, at: 1 });
wishEventSchema.index({ photo: 1 }, { sparse: true });

/**
 * One worker's support of one wish. The unique index makes "once each" hold under concurrent taps on every engine
 * (FerretDB v1 updates are read-modify-write); the count is the number of these documents.
 */
export const wishSupportSchema = new Schema(
  {
    wishId: { type: Schema.Types.ObjectId, required: true },
    workerId: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: 'wish_supports' },
);
wishSupportSchema.index({ wishId: 1, workerId: 1 }, { unique: true });

export type WishFields = InferSchemaType<typeof wishSchema> & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };
export type WishEventFields = InferSchemaType<typeof wishEventSchema> & { _id: Types.ObjectId };
