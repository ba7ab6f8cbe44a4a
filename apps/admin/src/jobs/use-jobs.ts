import { reactive } from 'vue';
import { ElMessage } from 'element-plus';
import type { BodyOf, QueryOf } from '@yilu/client';
import type { ManagedJob } from '@yilu/contract';
import { applicationStates, type ApplicationState, type JobActionBody, type JobStatus, type Page } from '@yilu/shared';
import { api } from '../api/client';
import { messageOf, usePagedList, type PageRequest } from '../api/use-paged-list';
import { confirmed } from '../components/confirm';
import { t } from '../locales/zh-CN';

export type JobAction = JobActionBody['action'];

export interface JobFilters {
  status: JobStatus | '';
  q: string;
}

/** The list query for the filters and a page; what is not set is left out. */
export function jobsQuery(f: JobFilters, page: PageRequest): QueryOf<'manageJobs'> {
  const q = f.q.trim();
  return { ...page, ...(f.status ? { status: f.status } : {}), ...(q ? { q } : {}) };
}

/** The status actions a posting offers: a draft is published or closed, an open posting filled or closed. */
export function actionsFor(status: JobStatus): JobAction[] {
  if (status === 'draft') return ['open', 'close'];
  if (status === 'open') return ['fill', 'close'];
  return [];
}

/** Only the employer edits a posting's content, and only while it is a draft or open. */
export const canEdit = (job: Pick<ManagedJob, 'status'>, role: string | undefined) =>
  role === 'employer' && (job.status === 'draft' || job.status === 'open');

/** The application states a posting has any applications in, in the order an application moves through them. */
export const applicationCountsOf = (job: Pick<ManagedJob, 'applications'>): { state: ApplicationState; count: number }[] =>
  applicationStates.map((state) => ({ state, count: job.applications[state] })).filter((c) => c.count > 0);

/** What the page asks the API; tests hand in their own. */
export interface JobsApi {
  manageJobs: (query: QueryOf<'manageJobs'>) => Promise<Page<ManagedJob>>;
  changeJobStatus: (id: string, body: BodyOf<'changeJobStatus'>) => Promise<ManagedJob>;
  confirm: (message: string, title: string) => Promise<boolean>;
}

const realApi: JobsApi = {
  manageJobs: (query) => api.manageJobs({ query }),
  changeJobStatus: (id, body) => api.changeJobStatus({ params: { id }, body }),
  confirm: (message, title) => confirmed(message, title),
};

/** The postings the signed-in user manages (an employer's own, staff those of their area) and their status actions. */
export function useJobs(deps: JobsApi = realApi) {
  const filters = reactive<JobFilters>({ status: '', q: '' });
  const list = usePagedList((page) => deps.manageJobs(jobsQuery(filters, page)), 20);

  function reset() {
    Object.assign(filters, { status: '', q: '' });
    list.search();
  }

  /** Asks, then moves the posting; true when it moved. */
  async function changeStatus(job: ManagedJob, action: JobAction): Promise<boolean> {
    if (!(await deps.confirm(t.jobs.actionConfirms[action](job.jobTitle), t.jobs.actions[action]))) return false;
    try {
      await deps.changeJobStatus(job.id, { action });
      ElMessage.success(t.jobs.actionDone[action]);
      await list.load();
      return true;
    } catch (e) {
      ElMessage.error(messageOf(e));
      return false;
    }
  }

  return { filters, ...list, reset, changeStatus };
}
