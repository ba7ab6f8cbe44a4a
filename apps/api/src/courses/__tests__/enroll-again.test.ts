import { afterAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../test/harness.js';
import { startCoursesWorld } from '../../../test/courses-world.js';
import { enrollBody } from '../../../test/courses-fixtures.js';

const { api, tokens, workers, createCourse, enroll } = await startCoursesWorld(4);
afterAll(() => api.close());

const course = (id: string, token?: string) => api.request('GET', `/api/v1/courses/${id}`, { token });
const classList = (token?: string) => api.request('GET', '/api/v1/courses?pageSize=100', { token });
const review = (id: string, action: string) =>
  api.request('PATCH', `/api/v1/enrollments/${id}`, { token: tokens.school, body: { action } });

describe('enrolling again', () => {
  it('answers 200 with the enrollment already there and says so, keeping one enrollment and one seat', async () => {
    const courseId = await createCourse({ capacity: 5 });
    const first = await enroll(courseId, 0);
    expect(first.status).toBe(201);
    expect(first.body).not.toHaveProperty('alreadyEnrolled');

    const again = await enroll(courseId, 0);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, status: 'applied', alreadyEnrolled: true, message: '您已报名该课程' });
    expect(await api.ctx.models.Enrollment.countDocuments({ courseId })).toBe(1);
    expect(await api.ctx.models.SeatClaim.countDocuments({ courseId })).toBe(1);
  });

  it('says so in every state that holds the place, even after the deadline', async () => {
    const courseId = await createCourse({ enrollDeadline: new Date(Date.now() + 1500).toISOString() });
    const first = await enroll(courseId, 1);
    await review(first.body.id, 'approve');
    await new Promise((r) => setTimeout(r, 1600));
    const again = await enroll(courseId, 1);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, status: 'approved', message: '您已报名该课程' });
  });

  it('refuses other real-name details, naming them, instead of dropping them; the enrollment stays as reviewed', async () => {
    const courseId = await createCourse();
    const first = await enroll(courseId, 2);
    const changed = { ...enrollBody(2), realName: '李四', phone: '13900000000' };
    const res = await api.request('POST', `/api/v1/courses/${courseId}/enrollments`, { token: workers[2], body: changed });
    const problem = expectProblem(res, 409);
    expect(problem.type).toBe('urn:yilu:problem:already-enrolled');
    expect(problem.detail).toBe('您已报名该课程，报名信息不能在这里修改；如需更正，请联系培训机构');
    expect(problem.errors).toEqual([
      { field: 'body.realName', message: '真实姓名与报名时填写的不同' },
      { field: 'body.phone', message: '手机号与报名时填写的不同' },
    ]);
    const stored = await api.ctx.models.Enrollment.findById(first.body.id).lean();
    expect(stored).toMatchObject({ realName: enrollBody(2).realName, phone: enrollBody(2).phone });
  });
});

describe("the worker's own state on the class", () => {
  it('shows the signed-in worker their enrollment on the class page and in the list, and nobody else', async () => {
    const courseId = await createCourse();
    const other = await createCourse({ title: '叉车司机“一培双证”培训班' });
    const { body: mine } = await enroll(courseId, 0);

    expect((await course(courseId, workers[0])).body.myEnrollment).toEqual({ id: mine.id, status: 'applied', active: true });
    expect((await course(other, workers[0])).body).not.toHaveProperty('myEnrollment');
    // Worker 3 never enrolls in anything.
    for (const token of [undefined, workers[3], tokens.school])
      expect((await course(courseId, token)).body).not.toHaveProperty('myEnrollment');

    await review(mine.id, 'approve');
    const listed = (await classList(workers[0])).body.items as { id: string; myEnrollment?: unknown }[];
    expect(listed.find((c) => c.id === courseId)?.myEnrollment).toEqual({ id: mine.id, status: 'approved', active: true });
    expect(listed.find((c) => c.id === other)).not.toHaveProperty('myEnrollment');
    // The list comes from a snapshot every instance shares: one worker's state must not stay in it for others.
    for (const token of [undefined, workers[3]]) {
      expect((await classList(token)).body.items.filter((c: { myEnrollment?: unknown }) => c.myEnrollment)).toEqual([]);
    }
  });

  it('shows an enrollment that is over as over, and the new one once the worker enrolls again', async () => {
    const courseId = await createCourse();
    const { body: first } = await enroll(courseId, 1);
    await api.request('POST', `/api/v1/enrollments/${first.id}/withdrawal`, { token: workers[1] });
    expect((await course(courseId, workers[1])).body.myEnrollment).toEqual({ id: first.id, status: 'withdrawn', active: false });

    const second = await enroll(courseId, 1);
    expect(second.status).toBe(201);
    expect((await course(courseId, workers[1])).body.myEnrollment).toEqual({ id: second.body.id, status: 'applied', active: true });
  });
});
