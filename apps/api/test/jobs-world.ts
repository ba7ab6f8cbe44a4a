import { creditCodeCheck } from '@yilu/shared';
import { endedSessions, school } from './courses-fixtures.js';
import { startCoursesWorld } from './courses-world.js';

/** A 统一社会信用代码 with its right check character, from 17 characters. */
export const creditCode = (first17: string) => first17 + creditCodeCheck(first17)!;

const password = 'correct-horse-battery';
export const employers = [
  { username: 'grid', employerName: '新疆某电力工程有限公司', creditCode: creditCode('91650109MA78C1HQ0'), areaCode: '650109' },
  { username: 'rival', employerName: '乌鲁木齐某物业公司', creditCode: creditCode('91650102MA79K3TR5'), areaCode: '650102' },
] as const;

/** An electrician job at the Midong training school's street, open, asking both certificates of 一培双证. */
export function jobBody(overrides: Record<string, unknown> = {}) {
  return {
    jobTitle: '配电运维电工',
    trade: { name: '电工', code: '6-31-01-03' },
    requirements: [{ type: 'special_operation' }, { type: 'skill_level', level: 5 }],
    site: { name: '米东变电站', address: '乌鲁木齐市米东区米东南路 80 号', location: { lng: school.lng + 0.01, lat: school.lat } },
    payFen: { min: 500_000, max: 700_000 },
    shifts: ['day', 'rotating'],
    headcount: 2,
    deadline: '2099-12-31',
    status: 'open',
    ...overrides,
  };
}

/**
 * The skill-class world with two employers signed in, and a way to give a worker both electrician certificates
 * the way a class does: enroll, approve, attend, complete, results, certificates.
 */
export async function startJobsWorld(workerCount: number) {
  const world = await startCoursesWorld(workerCount);
  const { api, tokens } = world;
  const employerTokens = {} as Record<(typeof employers)[number]['username'], string>;
  for (const e of employers) {
    await api.createAccount({ ...e, password, displayName: e.employerName, role: 'employer' });
    employerTokens[e.username] = (await api.login(e.username, password)).accessToken;
  }

  const patch = async (id: string, body: Record<string, unknown>) => {
    const res = await api.request('PATCH', `/api/v1/enrollments/${id}`, { token: tokens.school, body });
    if (res.status !== 200) throw new Error(`${String(body.action)}: ${JSON.stringify(res.body)}`);
  };

  /** A finished electrician class (or the one given) and the worker certified in `types` of it; the enrollment's id. */
  async function certify(worker: number, types = ['skill_level', 'special_operation'], courseId?: string) {
    const sessions = endedSessions(2);
    const id = courseId ?? (await world.createCourse({ sessions, title: `电工班 ${worker}` }));
    const enrolled = await world.enroll(id, worker);
    if (enrolled.status !== 201) throw new Error(JSON.stringify(enrolled.body));
    const enrollmentId = enrolled.body.id as string;
    await patch(enrollmentId, { action: 'approve' });
    await world.attend(enrollmentId, sessions);
    await patch(enrollmentId, { action: 'complete' });
    for (const type of types) {
      await patch(enrollmentId, { action: 'result', certificateType: type, passed: true, score: 88 });
      const no = `${type === 'skill_level' ? 'S' : 'T'}-${worker}-${id.slice(-6)}`;
      await patch(enrollmentId, { action: 'certify', certificateType: type, no, issuedAt: sessions[1]!.date });
    }
    return { courseId: id, enrollmentId };
  }

  async function postJob(overrides: Record<string, unknown> = {}, token = employerTokens.grid) {
    const res = await api.request('POST', '/api/v1/jobs', { token, body: jobBody(overrides) });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body.id as string;
  }

  const apply = (jobId: string, worker: number) =>
    api.request('POST', `/api/v1/jobs/${jobId}/applications`, {
      token: world.workers[worker],
      body: { realName: `求职者${worker}`, phone: `139${String(worker).padStart(8, '0')}`, consent: true },
    });

  const act = (id: string, token: string, body: Record<string, unknown>) =>
    api.request('PATCH', `/api/v1/applications/${id}`, { token, body });

  return { ...world, employerTokens, certify, postJob, apply, act };
}
