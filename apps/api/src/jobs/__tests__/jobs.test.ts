import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../test/harness.js';
import { endedSessions, school } from '../../../test/courses-fixtures.js';
import { creditCode, jobBody, startJobsWorld } from '../../../test/jobs-world.js';

let world: Awaited<ReturnType<typeof startJobsWorld>>;
const near = `lng=${school.lng}&lat=${school.lat}`;

beforeAll(async () => {
  world = await startJobsWorld(6);
}, 120_000);
afterAll(() => world?.api.close());

describe('employer accounts', () => {
  it('need a company name, a 统一社会信用代码 whose check character is right, and an area', async () => {
    const { api, tokens } = world;
    const body = { username: 'new-employer', password: 'correct-horse-battery', displayName: '某公司', role: 'employer' };
    const missing = expectProblem(await api.request('POST', '/api/v1/accounts', { token: tokens.admin, body }), 400);
    expect(missing.errors!.map((e: { field: string }) => e.field).sort()).toEqual([
      'body.areaCode',
      'body.creditCode',
      'body.employerName',
    ]);
    const code = creditCode('91650109MA7ABCDE1');
    const wrong = `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}`;
    const bad = expectProblem(
      await api.request('POST', '/api/v1/accounts', {
        token: tokens.admin,
        body: { ...body, employerName: '某公司', creditCode: wrong, areaCode: '650109' },
      }),
      400,
    );
    expect(bad.errors).toEqual([{ field: 'body.creditCode', message: '统一社会信用代码须为 18 位统一社会信用代码，且校验位正确' }]);
    const made = await api.request('POST', '/api/v1/accounts', {
      token: tokens.admin,
      body: { ...body, employerName: '某公司', creditCode: code.toLowerCase(), areaCode: '650109' },
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ role: 'employer', employerName: '某公司', creditCode: code });
  });

  it('manage no classes and see no unpublished points: an employer is not area staff', async () => {
    const { api, employerTokens } = world;
    expect((await api.request('GET', '/api/v1/courses?managed=true', { token: employerTokens.grid })).status).toBe(403);
  });
});

describe('postings', () => {
  it('go from draft to open to closed, each step audited; the area is the district of the site', async () => {
    const { api, employerTokens } = world;
    const draft = await api.request('POST', '/api/v1/jobs', { token: employerTokens.grid, body: jobBody({ status: 'draft' }) });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', areaCode: '650109', employerName: '新疆某电力工程有限公司', hired: 0 });
    expect(draft.body.requirements.map((r: { label: string }) => r.label)).toEqual([
      '电工特种作业操作证',
      '电工职业技能等级证书（五级/初级工及以上）',
    ]);
    const status = (action: string) =>
      api.request('POST', `/api/v1/jobs/${draft.body.id}/status`, { token: employerTokens.grid, body: { action } });
    expect(expectProblem(await status('fill'), 409).errors![0]!.field).toBe('body.action');
    expect((await status('open')).body.status).toBe('open');
    expect((await status('close')).body.status).toBe('closed');
    const edit = await api.request('PATCH', `/api/v1/jobs/${draft.body.id}`, { token: employerTokens.grid, body: { headcount: 3 } });
    expect(expectProblem(edit, 409).detail).toBe('岗位已招满或已关闭，不能修改');
  });

  it('refuse a site outside every district, a past deadline and an unknown order class, naming the field', async () => {
    const { postJob } = world;
    const refusal = async (overrides: Record<string, unknown>) => {
      const message = await postJob(overrides).catch((e: Error) => e.message);
      return JSON.parse(message).errors![0]!.field as string;
    };
    expect(await refusal({ site: { name: '海上', address: '南海某处海域', location: { lng: 118, lat: 15 } } })).toBe('body.site.location');
    expect(await refusal({ deadline: '2020-01-01' })).toBe('body.deadline');
    expect(await refusal({ orderCourseId: 'aaaaaaaaaaaaaaaaaaaaaaaa' })).toBe('body.orderCourseId');
  });

  it("are the employer's own and their area staff's: another employer and other districts see none of them", async () => {
    const { api, employerTokens, tokens, postJob } = world;
    const id = await postJob({ jobTitle: '只属于电力公司的岗位' });
    const titles = async (token: string) =>
      ((await api.request('GET', '/api/v1/jobs/managed?pageSize=100', { token })).body.items as { jobTitle: string }[]).map(
        (j) => j.jobTitle,
      );
    expect(await titles(employerTokens.grid)).toContain('只属于电力公司的岗位');
    expect(await titles(tokens.midong)).toContain('只属于电力公司的岗位');
    expect(await titles(employerTokens.rival)).not.toContain('只属于电力公司的岗位');
    expect(await titles(tokens.kashi)).not.toContain('只属于电力公司的岗位');
    expect((await api.request('GET', `/api/v1/jobs/${id}/applications`, { token: employerTokens.rival })).status).toBe(404);
    expect((await api.request('POST', `/api/v1/jobs/${id}/status`, { token: tokens.kashi, body: { action: 'close' } })).status).toBe(404);
  });
});

describe('a worker and a job', () => {
  it('says who qualifies, applies once with consent, and goes to a hire that counts on the enrollment', async () => {
    const { api, workers, employerTokens, tokens, certify, postJob, apply, act } = world;
    const jobId = await postJob({ jobTitle: '配电运维电工（生命周期）', headcount: 1 });
    const { enrollmentId } = await certify(0);

    const listed = await api.request('GET', `/api/v1/jobs?${near}&trade=电工`, { token: workers[0] });
    const job = listed.body.items.find((j: { id: string }) => j.id === jobId);
    expect(job.fit).toMatchObject({ qualifies: true, missing: [] });
    expect(job.fit.matched).toHaveLength(2);
    expect(job.distanceM).toBeGreaterThan(700);

    const refusedConsent = await api.request('POST', `/api/v1/jobs/${jobId}/applications`, {
      token: workers[0],
      body: { realName: '求职者0', phone: '13900000000', consent: false },
    });
    expect(expectProblem(refusedConsent, 400).errors![0]!.field).toBe('body.consent');
    const applied = await apply(jobId, 0);
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ state: 'applied', source: 'worker', phone: '13900000000' });
    expect(expectProblem(await apply(jobId, 0), 409).detail).toContain('已申请过该岗位');

    // The employer sees the name and the certificates, the phone only once they invite.
    const applicants = async (token = employerTokens.grid) =>
      (await api.request('GET', `/api/v1/jobs/${jobId}/applications`, { token })).body.items as {
        id: string;
        phone?: string;
        state: string;
      }[];
    expect((await applicants())[0]!.phone).toBeUndefined();
    const id = applied.body.id as string;
    expect((await act(id, workers[1]!, { action: 'withdraw' })).status).toBe(404);
    expect(
      (await act(id, employerTokens.rival, { action: 'invite', interviewAt: '2099-01-05T10:00:00+08:00', place: '公司' })).status,
    ).toBe(404);
    expect(expectProblem(await act(id, employerTokens.grid, { action: 'hire', startDate: '2099-01-10' }), 409).errors![0]!.field).toBe(
      'body.action',
    );
    const invited = await act(id, employerTokens.grid, {
      action: 'invite',
      interviewAt: '2099-01-05T10:00:00+08:00',
      place: '米东变电站二楼',
    });
    expect(invited.body).toMatchObject({ state: 'interview', phone: '13900000000', interview: { place: '米东变电站二楼' } });
    expect((await act(id, employerTokens.grid, { action: 'offer' })).body.state).toBe('offered');
    expect((await act(id, workers[0]!, { action: 'offer' })).status).toBe(403);
    const hired = await act(id, employerTokens.grid, { action: 'hire', startDate: '2099-01-10' });
    expect(hired.body).toMatchObject({ state: 'hired', startDate: '2099-01-10' });
    expect(hired.body.history.map((h: { state: string }) => h.state)).toEqual(['applied', 'interview', 'offered', 'hired']);

    // The hire is the enrollment's job, and the job with its one seat filled leaves the list.
    const mine = await api.request('GET', '/api/v1/me/enrollments', { token: workers[0] });
    const enrollment = mine.body.items.find((e: { id: string }) => e.id === enrollmentId);
    expect(enrollment.job).toMatchObject({ employer: '新疆某电力工程有限公司', startedAt: '2099-01-10' });
    const managed = await api.request('GET', '/api/v1/jobs/managed?status=filled', { token: tokens.midong });
    expect(managed.body.items.find((j: { id: string }) => j.id === jobId)).toMatchObject({ hired: 1, applications: { hired: 1 } });
    const after = await api.request('GET', `/api/v1/jobs?${near}`, { token: workers[0] });
    expect(after.body.items.map((j: { id: string }) => j.id)).not.toContain(jobId);
    expect((await api.request('GET', '/api/v1/me/applications', { token: workers[0] })).body.items[0]).toMatchObject({ state: 'hired' });
    // Each of the employer's steps is a message in 消息, once.
    const inbox = await api.request('GET', '/api/v1/me/notifications', { token: workers[0] });
    const told = (inbox.body.items as { kind: string; title: string; body: string }[]).filter((m) => m.kind === 'application-changed');
    expect(told.map((m) => m.title)).toEqual([
      '已确认入职：新疆某电力工程有限公司 配电运维电工（生命周期）',
      '已录用：新疆某电力工程有限公司 配电运维电工（生命周期）',
      '邀请面试：新疆某电力工程有限公司 配电运维电工（生命周期）',
    ]);
    expect(told[2]!.body).toBe('面试地点：2099-01-05 10:00 米东变电站二楼');
  }, 60_000);

  it('names the missing certificate and the class nearby that ends in it, and refuses the application', async () => {
    const { api, workers, createCourse, certify, postJob, apply } = world;
    const jobId = await postJob({ jobTitle: '配电运维电工（缺证）' });
    await certify(1, ['skill_level']);
    const classId = await createCourse({
      title: '低压电工取证班（下月开课）',
      sessions: [{ date: '2099-02-01', start: '09:00', end: '12:00', kind: 'theory' }],
    });
    const page = await api.request('GET', `/api/v1/jobs/${jobId}?${near}`, { token: workers[1] });
    expect(page.body.fit.qualifies).toBe(false);
    expect(page.body.distanceM).toBeGreaterThan(700);
    expect(page.body.fit.missing[0].classes[0].distanceM).toBeLessThan(100);
    expect(page.body.fit.missing).toEqual([
      expect.objectContaining({
        type: 'special_operation',
        label: '电工特种作业操作证',
        classes: expect.arrayContaining([expect.objectContaining({ id: classId })]),
      }),
    ]);
    expect(expectProblem(await apply(jobId, 1), 409).detail).toBe('缺少所需证书：电工特种作业操作证');
    // Signed out: the job without a fit.
    expect((await api.request('GET', `/api/v1/jobs/${jobId}`)).body.fit).toBeUndefined();
  }, 60_000);

  it("lets the worker withdraw, and never shows one worker another worker's applications", async () => {
    const { api, workers, certify, postJob, apply, act } = world;
    const jobId = await postJob({ jobTitle: '配电运维电工（撤回）' });
    await certify(2);
    const applied = await apply(jobId, 2);
    expect((await act(applied.body.id, workers[2]!, { action: 'withdraw' })).body.state).toBe('withdrawn');
    const others = await api.request('GET', '/api/v1/me/applications', { token: workers[3] });
    expect(others.body.items).toEqual([]);
  }, 60_000);
});

describe('an order class', () => {
  it('gives each certified completer one interview application with its employer, and says so on its page', async () => {
    const { api, workers, employerTokens, createCourse, certify, postJob } = world;
    const courseId = await createCourse({ title: '电力公司订单班', sessions: endedSessions(2), employer: '新疆某电力工程有限公司' });
    // One completer certified before the job opened, one after: both get exactly one.
    await certify(4, undefined, courseId);
    const jobId = await postJob({ jobTitle: '订单班定向岗位', orderCourseId: courseId });
    await certify(5, undefined, courseId);
    const status = (action: string) =>
      api.request('POST', `/api/v1/jobs/${jobId}/status`, { token: employerTokens.grid, body: { action } });
    await api.request('PATCH', `/api/v1/jobs/${jobId}`, { token: employerTokens.grid, body: { headcount: 5 } });
    expect((await status('close')).status).toBe(200);

    const applicants = await api.request('GET', `/api/v1/jobs/${jobId}/applications`, { token: employerTokens.grid });
    expect(applicants.body.items).toHaveLength(2);
    expect(
      applicants.body.items.every(
        (a: { source: string; courseTitle: string }) => a.source === 'order_class' && a.courseTitle === '电力公司订单班',
      ),
    ).toBe(true);
    const mine = await api.request('GET', '/api/v1/me/applications', { token: workers[4] });
    expect(mine.body.items.filter((a: { job: { id: string } }) => a.job.id === jobId)).toHaveLength(1);
    const inbox = await api.request('GET', '/api/v1/me/notifications', { token: workers[5] });
    expect(inbox.body.items.map((m: { title: string }) => m.title)).toContain('订单班面试资格：新疆某电力工程有限公司 订单班定向岗位');
  }, 120_000);

  it('names its jobs on the class page while they are open', async () => {
    const { api, createCourse, postJob, employerTokens } = world;
    const courseId = await createCourse({ title: '物业电工订单班', employer: '新疆某电力工程有限公司' });
    const jobId = await postJob({ jobTitle: '物业维修电工', orderCourseId: courseId, description: '负责小区配电' });
    const page = await api.request('GET', `/api/v1/courses/${courseId}`);
    expect(page.body.orderJobs).toEqual([expect.objectContaining({ jobTitle: '物业维修电工', employerName: '新疆某电力工程有限公司' })]);
    // Editing can take the order class and the description away again.
    const edited = await api.request('PATCH', `/api/v1/jobs/${jobId}`, {
      token: employerTokens.grid,
      body: { orderCourseId: null, description: null },
    });
    expect(edited.body.orderCourse).toBeUndefined();
    expect(edited.body.description).toBeUndefined();
    expect((await api.request('GET', `/api/v1/courses/${courseId}`)).body.orderJobs).toBeUndefined();
  });
});
