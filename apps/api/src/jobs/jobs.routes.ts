import { Router } from 'express';
import { operations as op } from '@yilu/contract';
import type { AppContext } from '../context.js';
import { route } from '../http/route.js';
import { createApplicationsService } from './applications.service.js';
import { getJob, listJobs } from './jobs-list.js';
import { createJobsService } from './jobs.service.js';

/** Jobs near workers, postings kept by employers, applications to a start date; literal paths before `/jobs/{id}`. */
export function jobsRoutes(ctx: AppContext): Router {
  const router = Router();
  const jobs = createJobsService(ctx);
  const applications = createApplicationsService(ctx);
  route(router, ctx, op.listJobs, ({ query, user }) => listJobs(ctx, query, user));
  route(router, ctx, op.manageJobs, ({ query, user }) => jobs.list(query, user));
  route(router, ctx, op.createJob, ({ body, user }) => jobs.create(body, user));
  route(router, ctx, op.myApplications, ({ user }) => applications.mine(user));
  route(router, ctx, op.getJob, ({ params, query, user }) => getJob(ctx, params.id, query, user));
  route(router, ctx, op.updateJob, ({ params, body, user }) => jobs.update(params.id, body, user));
  route(router, ctx, op.changeJobStatus, ({ params, body, user }) => jobs.changeStatus(params.id, body, user));
  route(router, ctx, op.jobApplications, ({ params, query, user }) => applications.forJob(params.id, query, user));
  route(router, ctx, op.applyForJob, ({ params, body, user }) => applications.apply(params.id, body, user));
  route(router, ctx, op.updateApplication, ({ params, body, user }) => applications.act(params.id, body, user));
  return router;
}
