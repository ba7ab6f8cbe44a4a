import Taro from '@tarojs/taro';
import type { CourseView, EnrollBody } from '@yilu/shared';
import { apiRequest, ApiError } from '../api/request';
import { loadSession } from '../auth/session';
import { t } from '../locales/zh-CN';
import { mapCrs } from '../points/location';

export type Course = CourseView;

export interface Enrollment {
  id: string;
  courseId: string;
  courseTitle: string;
  sessionCount: number;
  attendedSessions: number;
  nextSession?: { date: string; start: string; end: string };
  status: string;
  realName: string;
  idNumber: string;
  checkIns: { at: string; sessionIndex: number; source: string }[];
  certificates: { no: string; type: string; name: string; issuer: string; trade: string; level: number; issuedAt: string }[];
  rejectReason?: string;
}

function token(): string {
  const session = loadSession();
  if (!session) throw new Error(t.point.signInFirst);
  return session.accessToken;
}

export interface CourseFilters {
  trade: string;
  dualCertificate: boolean;
  free: boolean;
  startingSoon: boolean;
}

export function listCourses(filters: CourseFilters & { near?: { lng: number; lat: number } }) {
  const params = ['pageSize=50', `crs=${mapCrs}`];
  if (filters.trade) params.push(`trade=${encodeURIComponent(filters.trade)}`);
  if (filters.dualCertificate) params.push('dualCertificate=true');
  if (filters.free) params.push('free=true');
  if (filters.startingSoon) params.push('startingSoon=true');
  if (filters.near) params.push(`near=${filters.near.lng.toFixed(6)},${filters.near.lat.toFixed(6)}`);
  return apiRequest<{ items: Course[] }>('GET', `/courses?${params.join('&')}`);
}

export const listTrades = () => apiRequest<{ items: { name: string; count: number }[] }>('GET', '/courses/trades');
export const getCourse = (id: string) => apiRequest<Course>('GET', `/courses/${id}?crs=${mapCrs}`);
export const enroll = (courseId: string, body: EnrollBody) => apiRequest<Enrollment>('POST', `/courses/${courseId}/enrollments`, body, token());
export const myEnrollments = () => apiRequest<{ items: Enrollment[] }>('GET', '/me/enrollments', undefined, token());
export const withdraw = (id: string) => apiRequest<Enrollment>('POST', `/enrollments/${id}/withdrawal`, undefined, token());

const QUEUE_KEY = 'yilu.checkins.queued';
type Queued = { enrollmentId: string; body: { location: { lng: number; lat: number }; crs: string; at: string; clientId: string } };

/**
 * Checks in now. Without signal the check-in is kept on the phone with its original time and sent later by
 * `flushQueuedCheckIns`; the server accepts it if that time was within a session.
 */
export async function checkIn(enrollmentId: string, location: { lng: number; lat: number }): Promise<'sent' | 'queued'> {
  const body = { location, crs: mapCrs, clientId: `${Date.now()}-${Math.random().toString(36).slice(2, 10)}` };
  const at = new Date().toISOString();
  try {
    await apiRequest('POST', `/enrollments/${enrollmentId}/check-ins`, body, token());
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
  const queue = (Taro.getStorageSync(QUEUE_KEY) as Queued[] | '') || [];
  const left: Queued[] = [];
  let sent = 0;
  for (const item of queue) {
    try {
      await apiRequest('POST', `/enrollments/${item.enrollmentId}/check-ins`, item.body, token());
      sent++;
    } catch (error) {
      if (error instanceof ApiError && error.status === 0) left.push(item);
    }
  }
  Taro.setStorageSync(QUEUE_KEY, left);
  return sent;
}

export const myCertificates = () => apiRequest<{ items: Enrollment['certificates'] }>('GET', '/me/certificates', undefined, token());
