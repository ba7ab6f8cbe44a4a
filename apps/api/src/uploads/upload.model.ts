import { Schema } from 'mongoose';

/** A small image a worker attached (a photo of a closed or moved place), kept in the database. */
export const uploadSchema = new Schema(
  {
    contentType: { type: String, required: true },
    data: { type: Buffer, required: true },
    size: { type: Number, required: true },
    ownerId: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true, collection: 'uploads' },
);
