import type { Crs } from '@yilu/shared';
import { onTokensChange } from '../auth/token-store';
import { getCourse, myCertificates, myEnrollments } from '../courses/courses-api';
import { fetchPoint } from '../points/points-api';
import { cacheKey, forget, readThrough } from './cache';

/**
 * The GET operations the pages read, through the saved-answer cache, so that what was opened once opens again
 * without signal: every point detail, every class, the worker's classes and certificate wallet.
 */
export const cachedPoint = (id: string, crs: Crs) => readThrough(cacheKey('getPoint', { id, crs }), () => fetchPoint(id, crs));
export const cachedCourse = (id: string) => readThrough(cacheKey('getCourse', { id }), () => getCourse(id));

const MINE = ['myEnrollments', 'myCertificates'];
export const cachedMyEnrollments = () => readThrough(cacheKey('myEnrollments'), myEnrollments);
export const cachedMyCertificates = () => readThrough(cacheKey('myCertificates'), myCertificates);

// The worker's own classes and certificates are not left on the phone for whoever signs in next.
onTokensChange((pair) => {
  if (!pair) for (const operation of MINE) forget(cacheKey(operation));
});
