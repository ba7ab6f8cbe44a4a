import { Schema } from 'mongoose';
import { reportReasons, reportStatuses } from '@yilu/shared';

/** A worker's report that a listing is wrong; it reaches the staff of the point's area. */
export const pointReportSchema = new Schema(
  {
    pointId: { type: Schema.Types.ObjectId, required: true },
    pointName: { type: String, required: true },
    areaCode: { type: String, required: true },
    reason: { type: String, enum: reportReasons, required: true },
    note: String,
    photo: String,
    status: { type: String, enum: reportStatuses, default: 'open' },
    reply: String,
    reporterId: { type: Schema.Types.ObjectId, required: true },
    handledBy: { type: Schema.Types.ObjectId },
  },
  { timestamps: true, collection: 'point_reports' },
);
// Who may see a photo is decided by the reports it is attached to (uploads/photo-access.ts).
pointReportSchema.index({ photo: 1 }, { sparse: true });
