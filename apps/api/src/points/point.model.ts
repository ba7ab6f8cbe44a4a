import { Schema, type InferSchemaType } from 'mongoose';
import { accessTypes, amenities, pointKinds, pointStatuses } from '@yilu/shared';

const range = new Schema({ open: String, close: String }, { _id: false });

/** A service point. `location` is always WGS-84; conversion to GCJ-02 happens at the API's edge. */
export const pointSchema = new Schema(
  {
    kind: { type: String, enum: pointKinds, required: true },
    name: { type: String, required: true },
    address: { type: String, required: true },
    areaCode: { type: String, required: true },
    location: { lng: { type: Number, required: true }, lat: { type: Number, required: true } },
    amenities: { type: [String], enum: amenities, default: [] },
    access: { type: String, enum: accessTypes, default: 'public' },
    hours: {
      timezone: { type: String, default: 'Asia/Shanghai' },
      alwaysOpen: { type: Boolean, default: false },
      weekly: [new Schema({ days: [Number], ranges: [range] }, { _id: false })],
      exceptions: [new Schema({ date: String, closed: Boolean, ranges: [range], note: String }, { _id: false })],
    },
    contact: String,
    photos: { type: [String], default: [] },
    description: String,
    status: { type: String, enum: pointStatuses, default: 'published' },
    externalId: { type: String, unique: true, sparse: true },
    verifiedAt: Date,
    verifiedBy: { type: Schema.Types.ObjectId },
    createdBy: { type: Schema.Types.ObjectId },
    updatedBy: { type: Schema.Types.ObjectId },
    deletedAt: Date,
  },
  { timestamps: true, collection: 'points' },
);

export type PointFields = InferSchemaType<typeof pointSchema> & { _id: import('mongoose').Types.ObjectId; updatedAt: Date };

/**
 * One row per write to a point, read by every API instance to refresh its in-memory index. Only `_id` is
 * queried (the one filter FerretDB v1 serves from an index), and old rows are pruned.
 */
export const pointChangeSchema = new Schema(
  { pointId: { type: Schema.Types.ObjectId, required: true } },
  { collection: 'point_changes', versionKey: false },
);
