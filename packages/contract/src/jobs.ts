import { z } from 'zod';
import {
  applicationActionBodySchema,
  applicationStates,
  applyBodySchema,
  certificateTypes,
  createJobBodySchema,
  crsValues,
  jobActionBodySchema,
  jobRequirementSchema,
  jobShifts,
  jobStatuses,
  listJobsQuerySchema,
  locationSchema,
  manageApplicationsQuerySchema,
  manageJobsQuerySchema,
  pageOf,
  updateJobBodySchema,
} from '@yilu/shared';
import { idParams, isoTime, itemsOf } from './common.js';
import { defineOperations, roles } from './operation.js';

const hiring = roles('admin', 'district_staff', 'community_staff', 'employer');
const worker = roles('worker');
const calendarDate = z.string().meta({ description: 'Beijing date, YYYY-MM-DD' });

const heldSchema = z
  .object({ no: z.string(), type: z.enum(certificateTypes), name: z.string(), level: z.number().int().optional() })
  .meta({ id: 'HeldCertificate', description: 'A certificate of the worker that a job asks for' });

export const pathwayClassSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    providerName: z.string(),
    firstSession: calendarDate,
    distanceM: z.number().optional(),
    seatsLeft: z.number().int(),
  })
  .meta({ id: 'PathwayClass', description: 'An open class nearby that ends in a missing certificate' });

export const jobFitSchema = z
  .object({
    qualifies: z.boolean(),
    missing: z.array(
      jobRequirementSchema.extend({
        label: z.string().meta({ example: '电工 特种作业操作证' }),
        classes: z.array(pathwayClassSchema).meta({ description: 'Nearest first, at most 3' }),
      }),
    ),
    matched: z.array(heldSchema),
  })
  .meta({ id: 'JobFit', description: "Whether the signed-in worker's valid certificates meet the job's requirements" });

const jobFields = {
  id: z.string(),
  jobTitle: z.string(),
  employerName: z.string(),
  trade: z.object({ name: z.string(), code: z.string().optional() }),
  requirements: z.array(jobRequirementSchema.extend({ label: z.string() })),
  site: z.object({ name: z.string(), address: z.string(), location: locationSchema, pointId: z.string().optional() }),
  crs: z.enum(crsValues),
  areaCode: z.string(),
  areaName: z.string(),
  payFen: z.object({ min: z.number().int(), max: z.number().int() }),
  shifts: z.array(z.enum(jobShifts)),
  headcount: z.number().int(),
  hired: z.number().int(),
  deadline: calendarDate,
  orderCourse: z.object({ id: z.string(), title: z.string() }).optional().meta({ description: 'The order class it recruits from' }),
  description: z.string().optional(),
  status: z.enum(jobStatuses),
  createdAt: isoTime,
};

export const jobSchema = z
  .object({
    ...jobFields,
    distanceM: z.number().optional().meta({ description: 'Metres from the asked place' }),
    fit: jobFitSchema.optional().meta({ description: 'Only for a signed-in worker' }),
    myApplication: z.object({ id: z.string(), state: z.enum(applicationStates) }).optional(),
  })
  .meta({ id: 'Job', description: 'A job posting; the site in the asked coordinate system' });

const count = z.number().int();
const applicationCounts = z.object({ applied: count, interview: count, offered: count, hired: count, declined: count, withdrawn: count });

export const managedJobSchema = z
  .object({ ...jobFields, applications: applicationCounts })
  .meta({ id: 'ManagedJob', description: 'A posting as its employer and the staff of its area see it, with applications per state' });

export const applicationSchema = z
  .object({
    id: z.string(),
    job: z.object({ id: z.string(), jobTitle: z.string(), employerName: z.string(), siteName: z.string() }),
    realName: z.string(),
    phone: z.string().optional().meta({ description: 'Shown to the employer once it invites the worker; always to the worker' }),
    certificates: z.array(heldSchema),
    source: z.enum(['worker', 'order_class']).meta({ description: 'order_class: the guaranteed interview of an order class' }),
    courseTitle: z.string().optional().meta({ description: 'The class whose certificate it rests on' }),
    state: z.enum(applicationStates),
    interview: z.object({ at: isoTime, place: z.string() }).optional(),
    startDate: calendarDate.optional(),
    reason: z.string().optional().meta({ description: 'Why the employer declined' }),
    history: z.array(z.object({ state: z.enum(applicationStates), at: isoTime })),
    createdAt: isoTime,
  })
  .meta({ id: 'JobApplication' });

export type Job = z.infer<typeof jobSchema>;
export type JobFit = z.infer<typeof jobFitSchema>;
export type PathwayClass = z.infer<typeof pathwayClassSchema>;
export type ManagedJob = z.infer<typeof managedJobSchema>;
export type JobApplication = z.infer<typeof applicationSchema>;

export const jobsOperations = defineOperations({
  listJobs: {
    method: 'get',
    path: '/jobs',
    access: 'optional',
    tag: 'jobs',
    summary: 'Open jobs near a place, nearest first, filtered by trade and pay; with the fit of a signed-in worker',
    description: 'Served from a snapshot of the open postings kept in each API instance, not a database scan per request.',
    query: listJobsQuerySchema,
    responses: { 200: pageOf(jobSchema) },
    problems: [400, 401],
  },
  getJob: {
    method: 'get',
    path: '/jobs/{id}',
    access: 'optional',
    tag: 'jobs',
    summary: 'One open job, with the fit and the pathway classes of a signed-in worker',
    params: idParams,
    query: z.strictObject({
      crs: listJobsQuerySchema.shape.crs,
      lng: listJobsQuerySchema.shape.lng.optional().meta({ description: 'With lat: the distance and the pathway classes nearest first' }),
      lat: listJobsQuerySchema.shape.lat.optional(),
    }),
    responses: { 200: jobSchema },
    problems: [400, 401, 404],
  },
  applyForJob: {
    method: 'post',
    path: '/jobs/{id}/applications',
    access: worker,
    tag: 'jobs',
    summary: 'Apply with consent: the employer sees the name and the certificates concerned, the phone only after inviting',
    params: idParams,
    body: applyBodySchema,
    responses: { 201: applicationSchema },
    problems: [400, 401, 403, 404, 409],
  },
  myApplications: {
    method: 'get',
    path: '/me/applications',
    access: worker,
    tag: 'jobs',
    summary: "The worker's own applications, newest first",
    responses: { 200: itemsOf(applicationSchema) },
    problems: [401, 403],
  },
  manageJobs: {
    method: 'get',
    path: '/jobs/managed',
    access: hiring,
    tag: 'jobs',
    summary: "An employer's own postings; staff: every posting in their area",
    query: manageJobsQuerySchema,
    responses: { 200: pageOf(managedJobSchema) },
    problems: [400, 401, 403],
  },
  createJob: {
    method: 'post',
    path: '/jobs',
    access: roles('employer'),
    tag: 'jobs',
    summary: 'Post a job (a draft, or open at once); the area is the district of the site',
    body: createJobBodySchema,
    responses: { 201: managedJobSchema },
    problems: [400, 401, 403, 404, 422],
  },
  updateJob: {
    method: 'patch',
    path: '/jobs/{id}',
    access: roles('employer'),
    tag: 'jobs',
    summary: 'Edit a draft or open posting',
    params: idParams,
    body: updateJobBodySchema,
    responses: { 200: managedJobSchema },
    problems: [400, 401, 403, 404, 409, 422],
  },
  changeJobStatus: {
    method: 'post',
    path: '/jobs/{id}/status',
    access: hiring,
    tag: 'jobs',
    summary: 'Open a draft, mark an open posting filled, or close it',
    params: idParams,
    body: jobActionBodySchema,
    responses: { 200: managedJobSchema },
    problems: [400, 401, 403, 404, 409],
  },
  jobApplications: {
    method: 'get',
    path: '/jobs/{id}/applications',
    access: hiring,
    tag: 'jobs',
    summary: 'The applicants of a posting you manage, newest first',
    params: idParams,
    query: manageApplicationsQuerySchema,
    responses: { 200: pageOf(applicationSchema) },
    problems: [400, 401, 403, 404],
  },
  updateApplication: {
    method: 'patch',
    path: '/applications/{id}',
    access: roles('admin', 'district_staff', 'community_staff', 'employer', 'worker'),
    tag: 'jobs',
    summary: 'Employer: invite (time, place), offer, hire (start date), decline (reason); the worker: withdraw',
    description: 'A hire records the job on the enrollment whose certificate the application rests on, so 上岗率 counts it.',
    params: idParams,
    body: applicationActionBodySchema,
    responses: { 200: applicationSchema },
    problems: [400, 401, 403, 404, 409],
  },
});
