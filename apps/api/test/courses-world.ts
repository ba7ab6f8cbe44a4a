import { startApi } from './harness.js';
import { courseBody, duringSession, enrollBody } from './courses-fixtures.js';

const password = 'correct-horse-battery';
const staff = [
  { username: 'admin', displayName: '管理员', role: 'admin' },
  { username: 'school', displayName: '米东区职业技能培训学校', role: 'provider', providerId: 'midong-vtc' },
  { username: 'other', displayName: '别的学校', role: 'provider', providerId: 'other-school' },
  { username: 'midong', displayName: '米东区人社', role: 'district_staff', areaCode: '650109' },
  { username: 'kashi-school', displayName: '喀什技工学校', role: 'provider', providerId: 'kashi-tech' },
  { username: 'kashi', displayName: '喀什市人社', role: 'district_staff', areaCode: '653101' },
] as const;

/**
 * An API on the test database with the people of the skill-class tests signed in: an admin, three training
 * providers, the staff of two districts, and `workerCount` workers (dev sign-in).
 */
export async function startCoursesWorld(workerCount: number) {
  const api = await startApi({ YILU_DEV_LOGIN: 'true', YILU_AUTH_RATE_LIMIT_PER_MIN: '1000' });
  const tokens = {} as Record<(typeof staff)[number]['username'], string>;
  for (const a of staff) {
    await api.createAccount({ ...a, password });
    tokens[a.username] = (await api.login(a.username, password)).accessToken;
  }
  const workers: string[] = [];
  for (let i = 0; i < workerCount; i++) {
    workers.push((await api.request('POST', '/api/v1/auth/dev/login', { body: { nickname: `骑手${i}` } })).body.accessToken);
  }

  /** Publishes the electrician class (as the school unless told) and returns its id. */
  async function createCourse(overrides: Record<string, unknown> = {}, token = tokens.school) {
    const res = await api.request('POST', '/api/v1/courses', { token, body: courseBody(overrides) });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body.id as string;
  }
  const enroll = (courseId: string, worker: number, group?: string) =>
    api.request('POST', `/api/v1/courses/${courseId}/enrollments`, { token: workers[worker], body: enrollBody(worker, group) });

  /** The class's provider (the school unless told) records that the worker attended these sessions (a correction each). */
  async function attend(enrollmentId: string, sessions: { date: string; start: string }[], token = tokens.school) {
    for (const s of sessions) {
      const res = await api.request('POST', `/api/v1/enrollments/${enrollmentId}/check-in-corrections`, {
        token,
        body: { at: duringSession(s), reason: '纸质签到表补录' },
      });
      if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    }
  }

  return { api, tokens, workers, createCourse, enroll, attend };
}
