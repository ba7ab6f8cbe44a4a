import type { BodyOf } from '@yilu/client';
import type { Job } from '@yilu/contract';
import { api } from '../api/client';
import { requireSignIn } from '../auth/session';
import { onTokensChange } from '../auth/token-store';
import { cacheKey, forget, forgetOperation, readThrough } from '../offline/cache';
import { mapCrs } from '../points/location';
import { filterJobs, type JobFilters } from './filters';

/** One saved list, the last the 工作 tab loaded: offline, the current filters are applied to it on the phone. */
const LIST_KEY = cacheKey('listJobs');
const MY_APPLICATIONS_KEY = cacheKey('myApplications');

export interface JobList {
  jobs: Job[];
  /** When the list is the one saved earlier, because the network failed. */
  savedAt?: number;
}

/** Open jobs nearest first, with the signed-in worker's fit; a filter left off is not sent. */
export async function listJobs(near: { lng: number; lat: number }, filters: JobFilters): Promise<JobList> {
  const query = {
    lng: Number(near.lng.toFixed(6)),
    lat: Number(near.lat.toFixed(6)),
    crs: mapCrs,
    pageSize: 50,
    trade: filters.trade || undefined,
    minPayFen: filters.minPayFen || undefined,
    qualified: filters.qualified || undefined,
  };
  const { data, offline, savedAt } = await readThrough(LIST_KEY, () => api.listJobs({ query }));
  return offline ? { jobs: filterJobs(data.items, filters), savedAt } : { jobs: data.items };
}

/**
 * One job with the worker's fit and the pathway classes, nearest `near` first when the phone knows where it is;
 * what was opened once opens again without signal (saved by job, wherever the worker stood).
 */
export function cachedJob(id: string, near?: { lng: number; lat: number }) {
  const place = near ? { lng: Number(near.lng.toFixed(6)), lat: Number(near.lat.toFixed(6)) } : {};
  return readThrough(cacheKey('getJob', { id, crs: mapCrs }), () => api.getJob({ params: { id }, query: { crs: mapCrs, ...place } }));
}

export function applyForJob(id: string, body: BodyOf<'applyForJob'>) {
  requireSignIn();
  return api.applyForJob({ params: { id }, body });
}

export function cachedMyApplications() {
  requireSignIn();
  return readThrough(MY_APPLICATIONS_KEY, () => api.myApplications());
}

export function withdrawApplication(id: string) {
  requireSignIn();
  return api.updateApplication({ params: { id }, body: { action: 'withdraw' } });
}

// The fit names the worker's certificates, and the applications their phone: not left for whoever signs in next.
onTokensChange((pair) => {
  if (pair) return;
  forget(LIST_KEY);
  forget(MY_APPLICATIONS_KEY);
  forgetOperation('getJob');
});
