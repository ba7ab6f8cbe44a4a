import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { ApiError, type BodyOf, type QueryOf } from '@yilu/client';
import type { JobApplication } from '@yilu/contract';
import { confirmMessage, stepBody, stepsFor, useApplicants, type ApplicantsApi } from '../use-applicants';
import { application, job, mounted } from './job-fixtures';

const values = { interviewAt: '2026-12-03T10:30:00+08:00', place: ' 米东区变电站工地 ', startDate: '2026-12-10', reason: '' };

function fakeApi(answer = true) {
  const asked: [string, QueryOf<'jobApplications'>][] = [];
  const sent: BodyOf<'updateApplication'>[] = [];
  const confirms: string[] = [];
  const deps: ApplicantsApi = {
    jobApplications: async (id, q) => (asked.push([id, q]), { items: [application], total: 1, page: 1, pageSize: 20 }),
    updateApplication: async (_id, body) => {
      sent.push(body);
      const to = ({ invite: 'interview', offer: 'offered', hire: 'hired', decline: 'declined' } as const)[body.action as 'invite'];
      return { ...application, state: to, phone: '13900000000' } satisfies JobApplication;
    },
    confirm: async (message) => (confirms.push(message), answer),
  };
  return { deps, asked, sent, confirms };
}

describe('the applicants of a posting', () => {
  it('offers the employer’s steps of each state', () => {
    expect(stepsFor('applied')).toEqual(['invite', 'decline']);
    expect(stepsFor('interview')).toEqual(['offer', 'hire', 'decline']);
    expect(stepsFor('offered')).toEqual(['hire', 'decline']);
    expect(stepsFor('hired')).toEqual([]);
    expect(stepsFor('withdrawn')).toEqual([]);
  });

  it('checks each step’s fields with the API’s schema', () => {
    expect(stepBody('invite', values)).toEqual({
      body: { action: 'invite', interviewAt: '2026-12-03T10:30:00+08:00', place: '米东区变电站工地' },
      errors: {},
    });
    expect(stepBody('offer', values).body).toEqual({ action: 'offer' });
    expect(stepBody('hire', { ...values, startDate: '' }).errors).toEqual({ startDate: expect.stringContaining('入职日期') });
    expect(Object.keys(stepBody('invite', { ...values, interviewAt: '', place: '' }).errors).sort()).toEqual(['interviewAt', 'place']);
    expect(stepBody('decline', values).errors.reason).toEqual(expect.stringContaining('原因'));
  });

  it('says in the confirmation what the step will do, in Beijing time', () => {
    expect(confirmMessage('invite', '王师傅', values)).toBe(
      '确定邀请 王师傅 于 2026-12-03 10:30 到「米东区变电站工地」面试吗？邀请后可看到其手机号。',
    );
    expect(confirmMessage('hire', '王师傅', values)).toBe('确定 王师傅 于 2026-12-10 入职吗？入职将计入培训统计的上岗人数。');
  });

  it('loads a posting’s applicants when opened, by state when one is chosen', async () => {
    const { deps, asked } = fakeApi();
    const applicants = mounted(() => useApplicants(() => undefined, deps));
    await flushPromises();
    expect(asked).toEqual([]);
    applicants.open(job);
    await flushPromises();
    expect(asked).toEqual([[job.id, { page: 1, pageSize: 20 }]]);
    expect(applicants.rows.value).toEqual([application]);
    applicants.state.value = 'interview';
    applicants.search();
    await flushPromises();
    expect(asked[1]).toEqual([job.id, { page: 1, pageSize: 20, state: 'interview' }]);
  });

  it('invites after the dialog and the confirmation, showing the application as it is now', async () => {
    const { deps, sent, confirms } = fakeApi();
    let changed = 0;
    const applicants = mounted(() => useApplicants(() => changed++, deps));
    applicants.open(job);
    await flushPromises();
    await applicants.start(application, 'invite');
    expect(applicants.step.visible).toBe(true);
    expect(applicants.values.place).toBe(job.site.name);
    applicants.values.interviewAt = values.interviewAt;
    await applicants.submit();
    expect(confirms).toHaveLength(1);
    expect(sent).toEqual([{ action: 'invite', interviewAt: values.interviewAt, place: job.site.name }]);
    expect(applicants.step.visible).toBe(false);
    expect(applicants.rows.value[0]).toMatchObject({ state: 'interview', phone: '13900000000' });
    expect(changed).toBe(1);
  });

  it('offers on confirmation alone, and sends nothing when not confirmed', async () => {
    const declined = fakeApi(false);
    const applicants = mounted(() => useApplicants(() => undefined, declined.deps));
    applicants.open(job);
    await applicants.start({ ...application, state: 'interview' }, 'offer');
    expect(applicants.step.visible).toBe(false);
    expect(declined.confirms).toEqual(['确定录用 王师傅 吗？']);
    expect(declined.sent).toEqual([]);

    const confirmed = fakeApi(true);
    const other = mounted(() => useApplicants(() => undefined, confirmed.deps));
    other.open(job);
    await other.start({ ...application, state: 'interview' }, 'offer');
    expect(confirmed.sent).toEqual([{ action: 'offer' }]);
  });

  it('keeps the dialog open with the API’s message next to the field', async () => {
    const { deps } = fakeApi();
    deps.updateApplication = async () => {
      throw new ApiError(400, { detail: '请求参数有误', errors: [{ field: 'body.startDate', message: '入职日期不是有效日期' }] });
    };
    const applicants = mounted(() => useApplicants(() => undefined, deps));
    applicants.open(job);
    await applicants.start({ ...application, state: 'offered' }, 'hire');
    applicants.values.startDate = '2026-12-10';
    await applicants.submit();
    expect(applicants.step.visible).toBe(true);
    expect(applicants.errors.value).toEqual({ startDate: '入职日期不是有效日期' });
    expect(applicants.formError.value).toBe('请求参数有误');
  });
});
