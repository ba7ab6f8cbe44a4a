import { afterAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../test/harness.js';
import { startCoursesWorld } from '../../../test/courses-world.js';

const { api, tokens, workers, createCourse, enroll } = await startCoursesWorld(3);
afterAll(() => api.close());

describe('overview', () => {
  it('counts what waits for a provider in its own classes only', async () => {
    const mine = await createCourse();
    await createCourse({ providerId: 'other-school', providerName: '别的学校' }, tokens.other);
    await enroll(mine, 0);
    const second = await enroll(mine, 1);
    await api.request('PATCH', `/api/v1/enrollments/${second.body.id}`, { token: tokens.school, body: { action: 'approve' } });

    const school = await api.request('GET', '/api/v1/overview', { token: tokens.school });
    expect(school.body).toEqual({ scopeName: 'midong-vtc', pendingEnrollments: 1, classesStartingSoon: 1, certifiedThisYear: 0 });
    // The provider's own class list says which class the waiting enrollment is in; the public list does not.
    const managed = await api.request('GET', '/api/v1/courses?managed=true', { token: tokens.school });
    expect(managed.body.items.find((c: { id: string }) => c.id === mine).pendingEnrollments).toBe(1);
    const listed = await api.request('GET', '/api/v1/courses');
    expect(listed.body.items.find((c: { id: string }) => c.id === mine)).not.toHaveProperty('pendingEnrollments');
    const other = await api.request('GET', '/api/v1/overview', { token: tokens.other });
    expect(other.body).toEqual({ scopeName: 'other-school', pendingEnrollments: 0, classesStartingSoon: 1, certifiedThisYear: 0 });
  });

  it('adds open reports and points to verify for area staff, within their area', async () => {
    const point = await api.request('POST', '/api/v1/points', {
      token: tokens.kashi,
      body: {
        name: '喀什古城暖心驿站',
        kind: 'rest_station',
        address: '吾斯塘博依路 12 号',
        areaCode: '653101',
        location: { lng: 75.9897, lat: 39.4704 },
      },
    });
    expect(point.status).toBe(201);
    await api.ctx.models.Point.updateOne({ _id: point.body.id }, { verifiedAt: new Date(Date.now() - 100 * 86_400_000) });
    const report = await api.request('POST', `/api/v1/points/${point.body.id}/reports`, {
      token: workers[2],
      body: { reason: 'closed', note: '门关着' },
    });
    expect(report.status).toBe(201);

    const kashi = await api.request('GET', '/api/v1/overview', { token: tokens.kashi });
    expect(kashi.body).toMatchObject({ scopeName: '喀什地区喀什市', openReports: 1, pointsToVerify: 1, pendingEnrollments: 0 });
    const midong = await api.request('GET', '/api/v1/overview', { token: tokens.midong });
    expect(midong.body).toMatchObject({ openReports: 0, pointsToVerify: 0, pendingEnrollments: 1 });
    expectProblem(await api.request('GET', '/api/v1/overview', { token: workers[0] }), 403);
    expectProblem(await api.request('GET', '/api/v1/overview'), 401);
  });
});
