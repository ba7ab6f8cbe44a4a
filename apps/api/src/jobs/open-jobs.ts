import type { Logger } from 'pino';
import type { Models } from '../db/connection.js';
import { createSnapshot } from '../db/snapshot.js';
import type { JobFields } from './job.model.js';

export interface OpenJobs {
  jobs: JobFields[];
  /** Hires per job id. */
  hired: Map<string, number>;
}

/** Hires per job, counted in code from one read (FerretDB v1 has no fast $group). */
export async function hiresPerJob(models: Models, filter: Record<string, unknown> = {}): Promise<Map<string, number>> {
  const hires = await models.JobApplication.find({ ...filter, state: 'hired' })
    .select({ jobId: 1 })
    .lean();
  const hired = new Map<string, number>();
  for (const h of hires) hired.set(h.jobId.toString(), (hired.get(h.jobId.toString()) ?? 0) + 1);
  return hired;
}

/**
 * The open postings workers browse, with their hires, kept in each API instance (db/snapshot.ts says when it is
 * reloaded): the jobs list filters and sorts 10,000 postings in memory instead of scanning the collection per request.
 * A job's own page and applying always read the database.
 */
export function createOpenJobs(models: Models, ttlMs: number, logger?: Logger) {
  async function load(): Promise<OpenJobs> {
    const jobs = (await models.Job.find({ status: 'open' }).lean()) as unknown as JobFields[];
    return { jobs, hired: await hiresPerJob(models) };
  }
  return createSnapshot(load, ttlMs, 'the open jobs', logger);
}

export type OpenJobsSnapshot = ReturnType<typeof createOpenJobs>;
