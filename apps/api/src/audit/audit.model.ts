import { Schema } from 'mongoose';

/**
 * Who changed what and when, with the record before and after. Append-only. `areaCode` and `providerId` are the
 * record's scope when it was written, so the trail can be read by the staff of the area and by the provider.
 */
export const auditSchema = new Schema(
  {
    at: { type: Date, required: true },
    actorId: { type: Schema.Types.ObjectId, required: true },
    actorName: { type: String, required: true },
    action: { type: String, required: true },
    entity: { type: String, required: true },
    entityId: { type: String, required: true },
    before: { type: Schema.Types.Mixed },
    after: { type: Schema.Types.Mixed },
    areaCode: String,
    providerId: String,
  },
  { collection: 'audit_log', versionKey: false },
);
auditSchema.index({ at: -1 });
auditSchema.index({ entity: 1, entityId: 1, at: -1 });
auditSchema.index({ areaCode: 1, at: -1 });
auditSchema.index({ providerId: 1, at: -1 });
