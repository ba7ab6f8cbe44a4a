import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { QueryOf } from '@yilu/client';
import { actionsFor, applicationCountsOf, canEdit, jobsQuery, useJobs, type JobsApi } from '../use-jobs';
import { job, mounted } from './job-fixtures';

describe('the jobs list', () => {
  it('asks for the status and title filters that are set', () => {
    expect(jobsQuery({ status: '', q: '  ' }, { page: 1, pageSize: 20 })).toEqual({ page: 1, pageSize: 20 });
    expect(jobsQuery({ status: 'draft', q: ' 电工 ' }, { page: 2, pageSize: 50 })).toEqual({
      page: 2,
      pageSize: 50,
      status: 'draft',
      q: '电工',
    });
  });

  it('offers the status steps of each status, and editing to the employer while a posting runs', () => {
    expect(actionsFor('draft')).toEqual(['open', 'close']);
    expect(actionsFor('open')).toEqual(['fill', 'close']);
    expect(actionsFor('filled')).toEqual([]);
    expect(actionsFor('closed')).toEqual([]);
    expect(canEdit(job, 'employer')).toBe(true);
    expect(canEdit({ status: 'filled' }, 'employer')).toBe(false);
    expect(canEdit(job, 'district_staff')).toBe(false);
  });

  it('counts applications in the states that have any, in the order they move', () => {
    expect(applicationCountsOf(job)).toEqual([
      { state: 'applied', count: 2 },
      { state: 'offered', count: 1 },
      { state: 'hired', count: 1 },
    ]);
  });

  it('moves a posting only once confirmed, then shows the list again', async () => {
    const asked: QueryOf<'manageJobs'>[] = [];
    const moved: string[] = [];
    let answer = false;
    const deps: JobsApi = {
      manageJobs: async (q) => (asked.push(q), { items: [job], total: 1, page: 1, pageSize: 20 }),
      changeJobStatus: async (id, body) => (moved.push(`${id} ${body.action}`), { ...job, status: 'filled' }),
      confirm: async (message) => (expect(message).toBe('确定将「低压电工」标为已招满吗？标记后不再接受新的投递。'), answer),
    };
    const jobs = mounted(() => useJobs(deps));
    await flushPromises();
    expect(jobs.rows.value).toEqual([job]);

    expect(await jobs.changeStatus(job, 'fill')).toBe(false);
    expect(moved).toEqual([]);
    answer = true;
    expect(await jobs.changeStatus(job, 'fill')).toBe(true);
    expect(moved).toEqual([`${job.id} fill`]);
    expect(asked).toHaveLength(2);

    jobs.filters.status = 'open';
    jobs.page.page = 3;
    jobs.search();
    await flushPromises();
    expect(asked[2]).toEqual({ page: 1, pageSize: 20, status: 'open' });
  });
});
