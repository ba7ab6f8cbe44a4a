import { Schema } from 'mongoose';
import { certificateTypes, eligibilityGroups, enrollmentStatuses } from '@yilu/shared';

const checkIn = new Schema(
  {
    clientId: String,
    at: Date,
    sessionIndex: Number,
    // Distance to the site only: the worker's coordinates are used for the check and not stored (PIPL).
    distanceM: Number,
    source: { type: String, enum: ['live', 'offline', 'staff'] },
    reason: String,
    by: Schema.Types.ObjectId,
  },
  { _id: false },
);

/** A worker's place in a class, from application to certificates and a job. */
export const enrollmentSchema = new Schema(
  {
    courseId: { type: Schema.Types.ObjectId, required: true },
    workerId: { type: Schema.Types.ObjectId, required: true },
    // "courseId:workerId" while the enrollment is active; unique, so a double tap cannot enroll twice.
    activeKey: { type: String, unique: true, sparse: true },
    status: { type: String, enum: enrollmentStatuses, default: 'applied' },
    seatNo: Number,
    realName: String,
    phone: String,
    idNumberEnc: String,
    idNumberMasked: String,
    group: { type: String, enum: eligibilityGroups },
    consentAt: Date,
    rejectReason: String,
    checkIns: [checkIn],
    results: [new Schema({ certificateType: { type: String, enum: certificateTypes }, passed: Boolean, score: Number }, { _id: false })],
    // Written by a hire through a job application (jobs feature): 上岗率 counts these, not typed notes.
    job: { employer: String, startedAt: String, jobId: Schema.Types.ObjectId, applicationId: Schema.Types.ObjectId },
    // Completed below the attendance share: staff said why.
    completionOverride: { reason: String, by: Schema.Types.ObjectId, at: Date },
    // Scope of the course, copied for the staff's filters.
    providerId: String,
    areaCode: String,
  },
  { timestamps: true, collection: 'enrollments' },
);

/** An issued certificate; its number is the _id, so verification is a lookup FerretDB serves from an index. */
export const certificateSchema = new Schema(
  {
    _id: { type: String },
    enrollmentId: { type: Schema.Types.ObjectId, required: true },
    workerId: { type: Schema.Types.ObjectId, required: true },
    holderName: String,
    type: { type: String, enum: certificateTypes },
    name: String,
    issuer: String,
    trade: String,
    level: Number,
    issuedAt: String,
    revokedAt: Date,
    revokedBy: Schema.Types.ObjectId,
    revokedByName: String,
    revokeReason: String,
  },
  { collection: 'certificates', versionKey: false },
);
// The wallet, and the jobs that ask what a worker holds.
certificateSchema.index({ workerId: 1 });

/**
 * One document per check-in a phone sent, under a unique (enrollmentId, clientId) index: a check-in sent twice at
 * once (a retry racing the original) is counted once on both engines, as FerretDB v1 updates are not atomic.
 */
export const checkInClaimSchema = new Schema(
  {
    enrollmentId: { type: Schema.Types.ObjectId, required: true },
    clientId: { type: String, required: true },
    claimedAt: { type: Date, required: true },
  },
  { collection: 'check_in_claims', versionKey: false },
);
checkInClaimSchema.index({ enrollmentId: 1, clientId: 1 }, { unique: true });
