import type { CourseView } from '@yilu/contract';
import { convertCrs, haversineM, type Crs } from '@yilu/shared';

type CourseDoc = {
  _id: { toString(): string };
  title: string;
  trade?: { name?: string | null; code?: string | null } | null;
  level: number;
  certificates: { type?: CourseView['certificates'][number]['type'] | null; name?: string | null; issuer?: string | null }[];
  providerId: string;
  providerName?: string | null;
  providerRegistrationNo?: string | null;
  areaCode: string;
  sites: {
    name?: string | null;
    address?: string | null;
    location?: { lng?: number | null; lat?: number | null } | null;
    pointId?: string | null;
  }[];
  sessions: { date?: string | null; start?: string | null; end?: string | null; kind?: string | null }[];
  capacity: number;
  feeFen?: number | null;
  subsidyFen?: number | null;
  eligibility: string[];
  enrollDeadline: Date;
  tracks: string[];
  employer?: string | null;
  description?: string | null;
  status: Exclude<CourseView['status'], 'full'>;
};

export type { CourseDoc };

/** Metres from a place to the class's nearest site (sites are stored in WGS-84). */
export function nearestSiteM(c: Pick<CourseDoc, 'sites'>, near: { lng: number; lat: number }): number {
  return Math.round(Math.min(...c.sites.map((s) => haversineM(near, { lng: s.location?.lng ?? 0, lat: s.location?.lat ?? 0 }))));
}

/** How a class is shown: seats taken, the coordinate system asked for, the place to measure from, the attendance rule. */
export interface CourseViewOptions {
  seatsTaken: number;
  crs: Crs;
  near?: { lng: number; lat: number };
  minAttendanceShare: number;
}

/** A class as the apps see it: seats left, whether it ends in two certificates, sites in the asked system, the attendance it asks. */
export function toCourseView(c: CourseDoc, { seatsTaken, crs, near, minAttendanceShare }: CourseViewOptions): CourseView {
  const sites = c.sites.map((s) => ({
    name: s.name ?? '',
    address: s.address ?? '',
    location: convertCrs({ lng: s.location?.lng ?? 0, lat: s.location?.lat ?? 0 }, 'wgs84', crs),
    ...(s.pointId ? { pointId: s.pointId } : {}),
  }));
  const seatsLeft = Math.max(0, c.capacity - seatsTaken);
  const distanceM = near ? nearestSiteM(c, near) : undefined;
  return {
    id: c._id.toString(),
    title: c.title,
    trade: { name: c.trade?.name ?? '', ...(c.trade?.code ? { code: c.trade.code } : {}) },
    level: c.level,
    certificates: c.certificates.map((x) => ({ type: x.type!, name: x.name!, issuer: x.issuer! })),
    dualCertificate: c.certificates.length >= 2,
    provider: { id: c.providerId, name: c.providerName ?? '', registrationNo: c.providerRegistrationNo ?? '' },
    areaCode: c.areaCode,
    sites,
    crs,
    sessions: c.sessions.map((s) => ({ date: s.date!, start: s.start!, end: s.end!, kind: s.kind ?? 'theory' })),
    capacity: c.capacity,
    seatsLeft,
    feeFen: c.feeFen ?? 0,
    subsidyFen: c.subsidyFen ?? 0,
    eligibility: [...c.eligibility],
    enrollDeadline: c.enrollDeadline.toISOString(),
    tracks: [...c.tracks],
    ...(c.employer ? { employer: c.employer } : {}),
    ...(c.description ? { description: c.description } : {}),
    status: c.status === 'open' && seatsLeft === 0 ? 'full' : c.status,
    ...(distanceM === undefined ? {} : { distanceM }),
    minAttendanceShare,
  };
}
