import { Schema, type InferSchemaType, type Types } from 'mongoose';
import { freeTimes } from '@yilu/shared';

/**
 * 想学: one document per worker (unique workerId), replaced on save. A district, never a position: the figures
 * need no more, and a district does not say where someone lives or waits for orders.
 */
export const learningInterestSchema = new Schema(
  {
    workerId: { type: Schema.Types.ObjectId, required: true },
    trades: [String],
    freeTimes: [{ type: String, enum: freeTimes }],
    areaCode: { type: String, required: true },
  },
  { timestamps: true, collection: 'learning_interests' },
);
learningInterestSchema.index({ workerId: 1 }, { unique: true });

/** 有班通知我: one per worker, trade and district (unique), so a repeated tap keeps one alert on both engines. */
export const classAlertSchema = new Schema(
  {
    workerId: { type: Schema.Types.ObjectId, required: true },
    trade: { type: String, required: true },
    areaCode: { type: String, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, collection: 'class_alerts' },
);
classAlertSchema.index({ workerId: 1, trade: 1, areaCode: 1 }, { unique: true });
classAlertSchema.index({ trade: 1, areaCode: 1 });

/**
 * A class search for a trade that found nothing: one per worker, trade and Beijing day (unique `key`), so the
 * figures count people, not requests. The district is the one the search was made from, when it was known.
 */
export const searchMissSchema = new Schema(
  {
    key: { type: String, required: true },
    workerId: { type: Schema.Types.ObjectId, required: true },
    trade: { type: String, required: true },
    areaCode: String,
    day: { type: String, required: true },
  },
  { collection: 'search_misses', versionKey: false },
);
searchMissSchema.index({ key: 1 }, { unique: true });

export type LearningInterestFields = InferSchemaType<typeof learningInterestSchema> & { _id: Types.ObjectId; updatedAt: Date };
export type ClassAlertFields = InferSchemaType<typeof classAlertSchema> & { _id: Types.ObjectId; createdAt: Date };
