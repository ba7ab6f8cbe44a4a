import { Schema, type InferSchemaType, type Types } from 'mongoose';
import { applicationStates, certificateTypes, jobShifts, jobStatuses } from '@yilu/shared';

const requirement = new Schema({ type: { type: String, enum: certificateTypes }, level: Number }, { _id: false });

/** A job posting. Sites are stored in WGS-84; the area is the district the site lies in. */
export const jobSchema = new Schema(
  {
    employerKey: { type: String, required: true }, // the employer's 统一社会信用代码: postings are the company's
    employerName: { type: String, required: true },
    jobTitle: { type: String, required: true },
    trade: { name: { type: String, required: true }, code: String },
    requirements: [requirement],
    site: { name: String, address: String, location: { lng: Number, lat: Number }, pointId: String },
    areaCode: { type: String, required: true },
    payFen: { min: Number, max: Number },
    shifts: [{ type: String, enum: jobShifts }],
    headcount: { type: Number, required: true },
    deadline: { type: String, required: true },
    orderCourseId: Schema.Types.ObjectId,
    description: String,
    status: { type: String, enum: jobStatuses, default: 'draft' },
    createdBy: Schema.Types.ObjectId,
  },
  { timestamps: true, collection: 'jobs' },
);
jobSchema.index({ employerKey: 1 });
jobSchema.index({ orderCourseId: 1 });

const held = new Schema({ no: String, type: { type: String, enum: certificateTypes }, name: String, level: Number }, { _id: false });

/**
 * A worker's application to a job. (jobId, workerId) is unique: a double tap, or the order class's automatic
 * interview racing the worker's own tap, makes one application on both engines.
 */
export const jobApplicationSchema = new Schema(
  {
    jobId: { type: Schema.Types.ObjectId, required: true },
    workerId: { type: Schema.Types.ObjectId, required: true },
    // Copied from the job for the scope filters.
    employerKey: { type: String, required: true },
    employerName: String,
    areaCode: String,
    realName: String,
    phone: String,
    consentAt: Date,
    certificates: [held],
    // The enrollment whose certificate the application rests on: a hire is recorded there.
    enrollmentId: Schema.Types.ObjectId,
    courseId: Schema.Types.ObjectId,
    providerId: String,
    source: { type: String, enum: ['worker', 'order_class'], default: 'worker' },
    state: { type: String, enum: applicationStates, default: 'applied' },
    interview: { at: Date, place: String },
    startDate: String,
    reason: String,
    history: [new Schema({ state: { type: String, enum: applicationStates }, at: Date }, { _id: false })],
  },
  { timestamps: true, collection: 'job_applications' },
);
jobApplicationSchema.index({ jobId: 1, workerId: 1 }, { unique: true });
jobApplicationSchema.index({ workerId: 1 });

export type JobFields = Omit<InferSchemaType<typeof jobSchema>, 'trade'> & {
  _id: Types.ObjectId;
  trade: { name: string; code?: string | null };
  createdAt: Date;
};
export type JobApplicationFields = InferSchemaType<typeof jobApplicationSchema> & { _id: Types.ObjectId; createdAt: Date };
