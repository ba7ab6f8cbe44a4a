import type { BodyOf } from '@yilu/client';
import type { CourseView } from '@yilu/contract';
import { api } from '../api/client';
import { requireSignIn } from '../auth/session';
import { mapCrs } from '../points/location';

export type Course = CourseView;

export interface CourseFilters {
  trade: string;
  dualCertificate: boolean;
  free: boolean;
  startingSoon: boolean;
}

/** Open classes, nearest first when the worker's place is known; a filter left off is not sent. */
export function listCourses(filters: CourseFilters & { near?: { lng: number; lat: number } }) {
  const query = {
    pageSize: 50,
    crs: mapCrs,
    trade: filters.trade || undefined,
    dualCertificate: filters.dualCertificate || undefined,
    free: filters.free || undefined,
    startingSoon: filters.startingSoon || undefined,
    near: filters.near && `${filters.near.lng.toFixed(6)},${filters.near.lat.toFixed(6)}`,
  };
  return api.listCourses({ query });
}

export const listTrades = () => api.listTrades();
export const getCourse = (id: string) => api.getCourse({ params: { id }, query: { crs: mapCrs } });

export function enroll(courseId: string, body: BodyOf<'enroll'>) {
  requireSignIn();
  return api.enroll({ params: { id: courseId }, body });
}

export function myEnrollments() {
  requireSignIn();
  return api.myEnrollments();
}

export function withdraw(id: string) {
  requireSignIn();
  return api.withdraw({ params: { id } });
}

export function myCertificates() {
  requireSignIn();
  return api.myCertificates();
}
