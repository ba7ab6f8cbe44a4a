import { Schema } from 'mongoose';
import { notificationKinds } from '@yilu/shared';

const kind = { type: String, enum: notificationKinds, required: true };

/** A message in a worker's inbox (消息). */
export const notificationSchema = new Schema(
  {
    workerId: { type: Schema.Types.ObjectId, required: true },
    kind,
    title: { type: String, required: true },
    body: { type: String, required: true },
    link: String,
    deliveryKey: { type: String, required: true },
    createdAt: { type: Date, required: true },
    readAt: Date,
  },
  { collection: 'notifications', versionKey: false },
);
notificationSchema.index({ workerId: 1, createdAt: -1 });
notificationSchema.index({ deliveryKey: 1 }, { unique: true });

/**
 * One document per (kind, recipient, occurrence), its key unique: inserting it claims the message, so several API
 * instances computing the same reminder send it once (FerretDB v1 does not make findOneAndUpdate atomic).
 */
export const deliverySchema = new Schema(
  {
    key: { type: String, required: true },
    kind,
    workerId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, enum: ['pending', 'sent', 'failed', 'skipped'], required: true },
    templateId: String,
    /** The inbox entry's title and text (its link is `page`), for whichever process makes the entry. */
    title: { type: String, required: true },
    body: { type: String, required: true },
    page: String,
    data: { type: Schema.Types.Mixed },
    attempts: { type: Number, default: 0 },
    nextAttemptAt: Date,
    lastError: String,
    createdAt: { type: Date, required: true },
    sentAt: Date,
  },
  { collection: 'deliveries', versionKey: false, minimize: false },
);
deliverySchema.index({ key: 1 }, { unique: true });
deliverySchema.index({ status: 1, nextAttemptAt: 1 });

/**
 * Claims one try of a delivery, so that two sweeps retrying the same one send it once; a try older than the lease
 * with no outcome on its delivery is taken over by claiming the next number.
 */
export const deliveryAttemptSchema = new Schema(
  { key: { type: String, required: true }, no: { type: Number, required: true }, at: { type: Date, required: true } },
  { collection: 'delivery_attempts', versionKey: false },
);
deliveryAttemptSchema.index({ key: 1, no: 1 }, { unique: true });

/**
 * One WeChat one-time subscribe grant (one accept in requestSubscribeMessage = one message), numbered per worker and
 * template; a send uses the next number by inserting its use under a unique index, the way seats are taken.
 */
export const consentSchema = new Schema(
  {
    workerId: { type: Schema.Types.ObjectId, required: true },
    templateId: { type: String, required: true },
    no: { type: Number, required: true },
    grantedAt: { type: Date, required: true },
  },
  { collection: 'consents', versionKey: false },
);
consentSchema.index({ workerId: 1, templateId: 1, no: 1 }, { unique: true });

export const consentUseSchema = new Schema(
  {
    workerId: { type: Schema.Types.ObjectId, required: true },
    templateId: { type: String, required: true },
    no: { type: Number, required: true },
    deliveryKey: { type: String, required: true },
  },
  { collection: 'consent_uses', versionKey: false },
);
consentUseSchema.index({ workerId: 1, templateId: 1, no: 1 }, { unique: true });
consentUseSchema.index({ deliveryKey: 1 });

/** The kinds a worker switched off for WeChat pushes (none: every kind is pushed). */
export const notificationPreferenceSchema = new Schema(
  { _id: { type: Schema.Types.ObjectId }, off: [{ type: String, enum: notificationKinds }] },
  { collection: 'notification_preferences', versionKey: false },
);
