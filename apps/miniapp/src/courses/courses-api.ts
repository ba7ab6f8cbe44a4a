import Taro from '@tarojs/taro';
import { ApiError, type BodyOf } from '@yilu/client';
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

const QUEUE_KEY = 'yilu.checkins.queued';
type Queued = { enrollmentId: string; body: BodyOf<'checkIn'> };

/**
 * Checks in now. Without signal the check-in is kept on the phone with its original time and sent later by
 * `flushQueuedCheckIns`; the server accepts it if that time was within a session.
 */
export async function checkIn(enrollmentId: string, location: { lng: number; lat: number }): Promise<'sent' | 'queued'> {
  requireSignIn();
  const body = { location, crs: mapCrs, clientId: `${Date.now()}-${Math.random().toString(36).slice(2, 10)}` };
  const at = new Date().toISOString();
  try {
    await api.checkIn({ params: { id: enrollmentId }, body });
    return 'sent';
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 0) throw error;
    const queue = (Taro.getStorageSync(QUEUE_KEY) as Queued[] | '') || [];
    Taro.setStorageSync(QUEUE_KEY, [...queue, { enrollmentId, body: { ...body, at } }]);
    return 'queued';
  }
}

/** Sends check-ins kept while offline; drops those the server refused (it says why), keeps the rest. */
export async function flushQueuedCheckIns(): Promise<number> {
  requireSignIn();
  const queue = (Taro.getStorageSync(QUEUE_KEY) as Queued[] | '') || [];
  const left: Queued[] = [];
  let sent = 0;
  for (const item of queue) {
    try {
      await api.checkIn({ params: { id: item.enrollmentId }, body: item.body });
      sent++;
    } catch (error) {
      if (error instanceof ApiError && error.status === 0) left.push(item);
    }
  }
  Taro.setStorageSync(QUEUE_KEY, left);
  return sent;
}
