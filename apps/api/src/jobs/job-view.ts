import type { Job, JobApplication, ManagedJob } from '@yilu/contract';
import { applicationStates, convertCrs, haversineM, phoneRevealedIn, requirementLabel, type Crs, type JobRequirement } from '@yilu/shared';
import { areaName } from '../areas/area-name.js';
import type { JobApplicationFields, JobFields } from './job.model.js';

export type ApplicationCounts = ManagedJob['applications'];
export const noApplications = (): ApplicationCounts => Object.fromEntries(applicationStates.map((s) => [s, 0])) as ApplicationCounts;

export const requirementsOf = (job: Pick<JobFields, 'requirements'>): JobRequirement[] =>
  job.requirements.map((r) => ({ type: r.type!, ...(r.level ? { level: r.level as JobRequirement['level'] } : {}) }));

export const siteLngLat = (job: Pick<JobFields, 'site'>) => ({ lng: job.site?.location?.lng ?? 0, lat: job.site?.location?.lat ?? 0 });

const optional = <K extends string, V>(key: K, value: V | null | undefined) =>
  (value === null || value === undefined || value === '' ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** The fields every reader of a posting sees; the site in the asked coordinate system (stored in WGS-84). */
function postingFields(job: JobFields, crs: Crs, hired: number, orderCourseTitle?: string) {
  const trade = job.trade.name;
  return {
    id: job._id.toString(),
    jobTitle: job.jobTitle,
    employerName: job.employerName,
    trade: { name: trade, ...optional('code', job.trade.code) },
    requirements: requirementsOf(job).map((r) => ({ ...r, label: requirementLabel(r, trade) })),
    site: {
      name: job.site?.name ?? '',
      address: job.site?.address ?? '',
      location: convertCrs(siteLngLat(job), 'wgs84', crs),
      ...optional('pointId', job.site?.pointId),
    },
    crs,
    areaCode: job.areaCode,
    areaName: areaName(job.areaCode),
    payFen: { min: job.payFen?.min ?? 0, max: job.payFen?.max ?? 0 },
    shifts: job.shifts as Job['shifts'],
    headcount: job.headcount,
    hired,
    deadline: job.deadline,
    ...(job.orderCourseId && orderCourseTitle ? { orderCourse: { id: job.orderCourseId.toString(), title: orderCourseTitle } } : {}),
    ...optional('description', job.description),
    status: job.status as Job['status'],
    createdAt: job.createdAt.toISOString(),
  };
}

export interface JobViewOptions {
  crs: Crs;
  hired: number;
  near?: { lng: number; lat: number };
  orderCourseTitle?: string;
  fit?: Job['fit'];
  myApplication?: Job['myApplication'];
}

/** A posting as a worker sees it: how far, whether they qualify, and their application. */
export function toJobView(job: JobFields, o: JobViewOptions): Job {
  return {
    ...postingFields(job, o.crs, o.hired, o.orderCourseTitle),
    ...(o.near ? { distanceM: Math.round(haversineM(o.near, siteLngLat(job))) } : {}),
    ...optional('fit', o.fit),
    ...optional('myApplication', o.myApplication),
  };
}

/** A posting as its employer and the staff of its area see it, with its applications per state. */
export function toManagedJob(job: JobFields, counts: ApplicationCounts, orderCourseTitle?: string): ManagedJob {
  return { ...postingFields(job, 'wgs84', counts.hired, orderCourseTitle), applications: counts };
}

/** An application; the phone only for the worker, or for the employer once they invited the worker. */
export function toApplicationView(
  a: JobApplicationFields,
  job: Pick<JobFields, 'jobTitle' | 'employerName' | 'site'>,
  o: { forWorker: boolean; courseTitle?: string },
): JobApplication {
  const state = a.state as JobApplication['state'];
  const showPhone = o.forWorker || phoneRevealedIn.includes(state);
  return {
    id: a._id.toString(),
    job: { id: a.jobId.toString(), jobTitle: job.jobTitle, employerName: job.employerName, siteName: job.site?.name ?? '' },
    realName: a.realName ?? '',
    ...(showPhone ? optional('phone', a.phone) : {}),
    certificates: a.certificates.map((c) => ({ no: c.no ?? '', type: c.type!, name: c.name ?? '', ...optional('level', c.level) })),
    source: (a.source ?? 'worker') as JobApplication['source'],
    ...optional('courseTitle', o.courseTitle),
    state,
    ...(a.interview?.at ? { interview: { at: a.interview.at.toISOString(), place: a.interview.place ?? '' } } : {}),
    ...optional('startDate', a.startDate),
    ...optional('reason', a.reason),
    history: a.history.map((h) => ({ state: h.state as JobApplication['state'], at: (h.at ?? a.createdAt).toISOString() })),
    createdAt: a.createdAt.toISOString(),
  };
}
