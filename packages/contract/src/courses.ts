import { z } from 'zod';
import {
  certificateStatuses,
  certificateTypes,
  checkInBodySchema,
  courseStatuses,
  createCourseBodySchema,
  crsSchema,
  crsValues,
  enrollBodySchema,
  enrollmentStatuses,
  listCoursesQuerySchema,
  locationSchema,
  nearParam,
  pageOf,
  reviewBodySchema,
  revokeCertificateBodySchema,
  staffCheckInBodySchema,
  text,
  updateCourseBodySchema,
} from '@yilu/shared';
import { idParams, importQuery, importReportSchema, isoTime, itemsOf, sheetFile, sheetUpload } from './common.js';
import { defineOperations, fileAnswer, noContent, roles } from './operation.js';

const publisher = roles('admin', 'district_staff', 'community_staff', 'provider');
const worker = roles('worker');
const crsQuery = z.strictObject({ crs: crsSchema });
const certificateType = z.enum(certificateTypes);
const calendarDate = z.string().meta({ description: 'YYYY-MM-DD' });
const clock = z.string().meta({ description: 'HH:MM, Beijing time' });

export const myEnrollmentSchema = z
  .object({
    id: z.string(),
    status: z.enum(enrollmentStatuses),
    active: z
      .boolean()
      .meta({ description: 'Holds the place: enrolling again answers this enrollment; false once withdrawn, rejected or failed' }),
  })
  .meta({ id: 'MyEnrollment', description: "The signed-in worker's latest enrollment in the class" });
export type MyEnrollment = z.infer<typeof myEnrollmentSchema>;

export const courseViewSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    trade: z.object({ name: z.string(), code: z.string().optional() }),
    level: z.number().int(),
    certificates: z.array(z.object({ type: certificateType, name: z.string(), issuer: z.string() })),
    dualCertificate: z.boolean(),
    provider: z.object({ id: z.string(), name: z.string(), registrationNo: z.string() }),
    areaCode: z.string(),
    sites: z.array(z.object({ name: z.string(), address: z.string(), location: locationSchema, pointId: z.string().optional() })),
    crs: z.enum(crsValues),
    sessions: z.array(z.object({ date: calendarDate, start: clock, end: clock, kind: z.string() })),
    capacity: z.number().int(),
    seatsLeft: z.number().int(),
    feeFen: z.number().int(),
    subsidyFen: z.number().int(),
    eligibility: z.array(z.string()),
    enrollDeadline: isoTime,
    tracks: z.array(z.string()),
    employer: z.string().optional(),
    orderJobs: z
      .array(z.object({ id: z.string(), jobTitle: z.string(), employerName: z.string() }))
      .optional()
      .meta({ description: "On a class's own page: open jobs recruiting from it; each certified completer gets an interview" }),
    description: z.string().optional(),
    status: z.enum([...courseStatuses, 'full']),
    distanceM: z.number().optional().meta({ description: 'Metres to the nearest site, when asked `near` a place' }),
    pendingEnrollments: z.number().int().optional().meta({ description: 'Waiting for review; only with `managed=true`' }),
    myEnrollment: myEnrollmentSchema.optional().meta({ description: 'Only for a signed-in worker who has enrolled in the class' }),
    minAttendanceShare: z.number().meta({ description: 'Share of the sessions a worker must attend to complete the class (0.8 = 80 %)' }),
  })
  .meta({ id: 'Course', description: 'A class: sites in the asked coordinate system, seats left, `full` when none are' });
export type CourseView = z.infer<typeof courseViewSchema>;

const certificateFields = {
  no: z.string(),
  type: certificateType,
  name: z.string(),
  issuer: z.string(),
  trade: z.string(),
  level: z.number().int(),
  issuedAt: calendarDate,
  status: z.enum(certificateStatuses).meta({ description: 'On today’s Beijing date: revoked, expired (after `validUntil`) or valid' }),
  validUntil: calendarDate
    .optional()
    .meta({ description: 'Last valid day, for certificates with a term (special-operation permits: six years)' }),
  reviewDue: calendarDate.optional().meta({ description: 'Day the review (复审) is due (special-operation permits: after three years)' }),
  revokedAt: isoTime.optional(),
  revokeReason: z.string().optional(),
};

export const certificateSchema = z
  .object({ ...certificateFields, revokedBy: z.string().optional().meta({ description: 'Who revoked it (staff display name)' }) })
  .meta({ id: 'Certificate' });
export type Certificate = z.infer<typeof certificateSchema>;

export const enrollmentSchema = z
  .object({
    id: z.string(),
    courseId: z.string(),
    courseTitle: z.string(),
    sessionCount: z.number().int(),
    attendedSessions: z.number().int(),
    nextSession: z.object({ date: calendarDate, start: clock, end: clock }).optional(),
    status: z.enum(enrollmentStatuses),
    seatNo: z.number().int().optional(),
    realName: z.string(),
    phone: z.string().meta({ description: 'Masked' }),
    idNumber: z.string().meta({ description: 'Masked; the full number only through the audited id-number operation' }),
    group: z.string(),
    rejectReason: z.string().optional(),
    checkIns: z.array(z.object({ at: isoTime, sessionIndex: z.number().int(), source: z.string(), reason: z.string().optional() })),
    results: z.array(z.object({ certificateType, passed: z.boolean(), score: z.number().optional() })),
    certificates: z.array(certificateSchema),
    job: z.object({ employer: z.string(), startedAt: calendarDate.optional() }).optional(),
    completionOverride: z
      .object({ reason: z.string(), at: isoTime })
      .optional()
      .meta({ description: 'Completed below the attendance share, with the staff reason' }),
    createdAt: isoTime,
  })
  .meta({ id: 'Enrollment', description: "A worker's place in a class, from application to certificates and a job" });
export type Enrollment = z.infer<typeof enrollmentSchema>;

export const existingEnrollmentSchema = enrollmentSchema
  .extend({ alreadyEnrolled: z.literal(true), message: z.string().meta({ description: '您已报名该课程' }) })
  .meta({ id: 'ExistingEnrollment', description: 'Enrolling again with the same details: the enrollment already there, unchanged' });

export const verifiedCertificateSchema = z
  .object({
    ...certificateFields,
    valid: z.boolean().meta({ description: '`status` is valid' }),
    holder: z.string().meta({ description: 'Masked name' }),
  })
  .meta({
    id: 'VerifiedCertificate',
    description: 'What the public may know of a certificate: no personal details of the holder or of who revoked it',
  });
export const tradeCountSchema = z.object({ name: z.string(), count: z.number().int() });

export const coursesQuery = listCoursesQuerySchema.extend({
  near: nearParam.optional(),
  crs: crsSchema,
  managed: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .meta({ description: 'Classes you manage, any status (staff, provider)' }),
});
const verifyQuery = z.strictObject({ no: text({ min: 1, max: 40 }) });
const certificateParams = z.strictObject({ no: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, '证书编号格式错误') });

export const coursesOperations = defineOperations({
  listCourses: {
    method: 'get',
    path: '/courses',
    access: 'optional',
    tag: 'courses',
    summary: 'Open classes, nearest first with `near`; with `managed=true` the classes you manage',
    query: coursesQuery,
    responses: { 200: pageOf(courseViewSchema) },
    problems: [400, 401, 403],
  },
  createCourse: {
    method: 'post',
    path: '/courses',
    access: publisher,
    tag: 'courses',
    summary: 'Publish a class (staff of its area, or its provider)',
    body: createCourseBodySchema,
    responses: { 201: courseViewSchema },
    problems: [400, 401, 403],
  },
  listTrades: {
    method: 'get',
    path: '/courses/trades',
    access: 'public',
    tag: 'courses',
    summary: 'Trades of the open classes with how many classes each, for the trade filter',
    query: z.strictObject({}),
    responses: { 200: itemsOf(tradeCountSchema) },
    problems: [400],
  },
  getCourse: {
    method: 'get',
    path: '/courses/{id}',
    access: 'optional',
    tag: 'courses',
    summary: 'One class with seats left and the certificates it ends in',
    params: idParams,
    query: crsQuery,
    responses: { 200: courseViewSchema },
    problems: [400, 401, 404],
  },
  updateCourse: {
    method: 'patch',
    path: '/courses/{id}',
    access: publisher,
    tag: 'courses',
    summary: 'Edit a class; what workers enrolled for is locked after the first enrollment',
    params: idParams,
    body: updateCourseBodySchema,
    responses: { 200: courseViewSchema },
    problems: [400, 401, 403, 404, 409],
  },
  deleteCourse: {
    method: 'delete',
    path: '/courses/{id}',
    access: publisher,
    tag: 'courses',
    summary: 'Delete a class nobody ever enrolled in (otherwise cancel it)',
    params: idParams,
    responses: { 204: noContent },
    problems: [400, 401, 403, 404, 409],
  },
  resultsSheet: {
    method: 'get',
    path: '/courses/{id}/results-sheet',
    access: publisher,
    tag: 'enrollments',
    summary: 'The results sheet of a class (.xlsx), prefilled with recorded results and certificates',
    params: idParams,
    responses: { 200: fileAnswer(sheetFile[0]) },
    problems: [400, 401, 403, 404],
  },
  importResults: {
    method: 'post',
    path: '/courses/{id}/results-import',
    access: publisher,
    tag: 'enrollments',
    summary: 'Exam results and certificate numbers from the filled-in results sheet, with a per-row report (mode=validate writes nothing)',
    params: idParams,
    query: importQuery,
    upload: sheetUpload,
    responses: { 200: importReportSchema },
    problems: [400, 401, 403, 404, 413, 415, 422],
  },
  enroll: {
    method: 'post',
    path: '/courses/{id}/enrollments',
    access: worker,
    tag: 'enrollments',
    summary: 'Enroll; never more than capacity; enrolling again answers the existing enrollment (200)',
    description:
      'Enrolling again while enrolled, with the same details (a retry, a double tap), answers the enrollment already there with ' +
      '`alreadyEnrolled` and says so; with other details it is refused (409 `already-enrolled`, naming the fields that differ), ' +
      'since what the class reviewed stays as it was.',
    params: idParams,
    body: enrollBodySchema,
    responses: { 201: enrollmentSchema, 200: existingEnrollmentSchema },
    problems: [400, 401, 403, 404, 409],
  },
  courseEnrollments: {
    method: 'get',
    path: '/courses/{id}/enrollments',
    access: publisher,
    tag: 'enrollments',
    summary: 'Enrollments of a class, ID numbers masked',
    params: idParams,
    responses: { 200: itemsOf(enrollmentSchema) },
    problems: [400, 401, 403, 404],
  },
  myEnrollments: {
    method: 'get',
    path: '/me/enrollments',
    access: worker,
    tag: 'enrollments',
    summary: 'My classes, newest first',
    responses: { 200: itemsOf(enrollmentSchema) },
    problems: [401, 403],
  },
  myCertificates: {
    method: 'get',
    path: '/me/certificates',
    access: worker,
    tag: 'certificates',
    summary: 'My certificate wallet',
    responses: { 200: itemsOf(certificateSchema) },
    problems: [401, 403],
  },
  withdraw: {
    method: 'post',
    path: '/enrollments/{id}/withdrawal',
    access: worker,
    tag: 'enrollments',
    summary: 'Withdraw from a class; the seat goes back',
    params: idParams,
    responses: { 200: enrollmentSchema },
    problems: [400, 401, 403, 404, 409],
  },
  checkIn: {
    method: 'post',
    path: '/enrollments/{id}/check-ins',
    access: worker,
    tag: 'enrollments',
    summary: 'Check in to a session within the geofence; `at` for a check-in kept offline; a retry with the same clientId counts once',
    params: idParams,
    body: checkInBodySchema,
    responses: { 201: enrollmentSchema },
    problems: [400, 401, 403, 404, 409, 422],
  },
  correctCheckIn: {
    method: 'post',
    path: '/enrollments/{id}/check-in-corrections',
    access: publisher,
    tag: 'enrollments',
    summary: 'Record a check-in the worker could not make, with a reason (audited)',
    params: idParams,
    body: staffCheckInBodySchema,
    responses: { 201: enrollmentSchema },
    problems: [400, 401, 403, 404, 422],
  },
  reviewEnrollment: {
    method: 'patch',
    path: '/enrollments/{id}',
    access: publisher,
    tag: 'enrollments',
    summary: 'Review, results, certificates, job placement',
    description:
      'Completion (`complete`) needs the last session over and attendance at the class’s share (`override` with a reason below it). ' +
      'A certificate needs completion and a passing result; its issue date lies between the last session’s day and today (Beijing). ' +
      '409 when the state or those rules refuse, 422 for an issue date outside that span.',
    params: idParams,
    body: reviewBodySchema,
    responses: { 200: enrollmentSchema },
    problems: [400, 401, 403, 404, 409, 422],
  },
  enrollmentIdNumber: {
    method: 'get',
    path: '/enrollments/{id}/id-number',
    access: publisher,
    tag: 'enrollments',
    summary: 'The full ID number (audited)',
    params: idParams,
    responses: { 200: z.object({ idNumber: z.string() }) },
    problems: [400, 401, 403, 404],
  },
  revokeCertificate: {
    method: 'post',
    path: '/certificates/{no}/revocation',
    access: publisher,
    tag: 'certificates',
    summary: 'Revoke a certificate of a class you manage, with the reason (audited); verification says 已撤销 from then on',
    params: certificateParams,
    body: revokeCertificateBodySchema,
    responses: { 200: certificateSchema },
    problems: [400, 401, 403, 404, 409],
  },
  verifyCertificate: {
    method: 'get',
    path: '/certificates/verify',
    access: 'public',
    tag: 'certificates',
    summary: 'Verify a certificate by number (holder name masked)',
    query: verifyQuery,
    responses: { 200: verifiedCertificateSchema },
    problems: [400, 404],
  },
});
