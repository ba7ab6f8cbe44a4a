import { Schema } from 'mongoose';
import { certificateTypes, courseStatuses, courseTracks, eligibilityGroups, sessionKinds } from '@yilu/shared';

const certificate = new Schema({ type: { type: String, enum: certificateTypes }, name: String, issuer: String }, { _id: false });
const site = new Schema({ name: String, address: String, location: { lng: Number, lat: Number }, pointId: String }, { _id: false });
const session = new Schema({ date: String, start: String, end: String, kind: { type: String, enum: sessionKinds } }, { _id: false });

/** A skill class. Sites are WGS-84. Money is integer fen. */
export const courseSchema = new Schema(
  {
    title: { type: String, required: true },
    trade: { name: String, code: String },
    level: { type: Number, required: true },
    certificates: [certificate],
    providerId: { type: String, required: true },
    providerName: String,
    providerRegistrationNo: String,
    areaCode: { type: String, required: true },
    sites: [site],
    sessions: [session],
    capacity: { type: Number, required: true },
    feeFen: Number,
    subsidyFen: Number,
    eligibility: [{ type: String, enum: eligibilityGroups }],
    enrollDeadline: { type: Date, required: true },
    tracks: [{ type: String, enum: courseTracks }],
    employer: String,
    description: String,
    status: { type: String, enum: courseStatuses, default: 'open' },
    createdBy: Schema.Types.ObjectId,
  },
  { timestamps: true, collection: 'courses' },
);

/**
 * One document per taken seat; (courseId, seatNo) is unique and seatNo runs 1..capacity, so a class can never
 * hold more enrollments than seats, even on FerretDB whose updates are not atomic.
 */
export const seatClaimSchema = new Schema(
  {
    courseId: { type: Schema.Types.ObjectId, required: true },
    seatNo: { type: Number, required: true },
    enrollmentId: { type: Schema.Types.ObjectId, required: true },
    claimedAt: { type: Date, required: true },
  },
  { collection: 'seat_claims', versionKey: false },
);
seatClaimSchema.index({ courseId: 1, seatNo: 1 }, { unique: true });
