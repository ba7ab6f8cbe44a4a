import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, WITHHELD_NOTE } from '@yilu/shared';
import { expectProblem } from '../../../test/harness.js';
import { endedSessions } from '../../../test/courses-fixtures.js';
import { startJobsWorld } from '../../../test/jobs-world.js';

const world = await startJobsWorld(6);
const { api, tokens, employerTokens } = world;
afterAll(() => api.close());

const issuedAt = endedSessions(2)[1]!.date;
let courseId = '';
let jobId = '';
const applications: string[] = [];

beforeAll(async () => {
  courseId = await world.createCourse({ sessions: endedSessions(2), title: '电工一班' });
  for (let w = 0; w < 6; w++) await world.certify(w, ['skill_level', 'special_operation'], courseId);
  jobId = await world.postJob({ headcount: 10 });
  for (let w = 0; w < 5; w++) {
    const applied = await world.apply(jobId, w);
    if (applied.status !== 201) throw new Error(JSON.stringify(applied.body));
    applications.push(applied.body.id);
    const invited = await world.act(applied.body.id, employerTokens.grid, {
      action: 'invite',
      interviewAt: new Date(Date.now() + 86_400_000).toISOString(),
      place: '米东变电站一楼',
    });
    if (invited.status !== 200) throw new Error(JSON.stringify(invited.body));
  }
}, 180_000);

/** Hires applicant `i`, starting `days` after the certificates were issued. */
async function hire(i: number, days: number) {
  const res = await world.act(applications[i]!, employerTokens.grid, { action: 'hire', startDate: addDays(issuedAt, days) });
  expect(res.status).toBe(200);
}
const rows = async (groupBy: string, token = tokens.admin) =>
  (await api.request('GET', `/api/v1/stats/employment?groupBy=${groupBy}`, { token })).body.rows;
const employed = async () =>
  (await api.request('GET', '/api/v1/stats/training?groupBy=area', { token: tokens.admin })).body.rows.find(
    (r: { key: string }) => r.key === '650109',
  ).employed;

async function sheetRows(groupBy: string): Promise<string[][]> {
  const res = await fetch(`${api.baseUrl}/api/v1/stats/employment/export?groupBy=${groupBy}`, {
    headers: { authorization: `Bearer ${tokens.admin}` },
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const out: string[][] = [];
  book.worksheets[0]!.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return out;
}

describe('上岗率', () => {
  it('moves when a hire is recorded, shown once 5 people are hired, with the median days from certificate to start', async () => {
    const cls = { key: courseId, label: '电工一班', certified: 6 };
    expect(await rows('class')).toEqual([{ ...cls, hired: 0, rate: 0, medianDays: null }]);
    for (const [i, days] of [10, 20, 30, 40].entries()) await hire(i, days);
    expect(await rows('class')).toEqual([{ ...cls, hired: null, rate: null, medianDays: null }]);
    expect(await employed()).toBe(4);
    expect(await sheetRows('class')).toEqual([
      ['班级', '取证人数', '上岗人数', '上岗率', '取证到上岗天数（中位数）'],
      ['电工一班', '6', WITHHELD_NOTE, WITHHELD_NOTE, WITHHELD_NOTE],
    ]);

    await hire(4, 50);
    expect(await rows('class')).toEqual([{ ...cls, hired: 5, rate: 0.833, medianDays: 30 }]);
    expect(await rows('provider')).toEqual([
      { key: 'midong-vtc', label: '米东区职业技能培训学校', certified: 6, hired: 5, rate: 0.833, medianDays: 30 },
    ]);
    expect(await rows('employer')).toEqual([
      { key: expect.any(String), label: '新疆某电力工程有限公司', certified: 5, hired: 5, rate: 1, medianDays: 30 },
    ]);
    expect(await employed()).toBe(5);
    expect((await sheetRows('class'))[1]).toEqual(['电工一班', '6', '5', '83.3%', '30']);
  });

  it('withholds a class of fewer than 5 certified whole, and enough of the others that a provider total gives nothing away', async () => {
    const small = await world.createCourse({ sessions: endedSessions(2), title: '电工二班' });
    // Worker 5, certified in 电工一班 already, is the only one certified in 电工二班.
    await world.certify(5, ['skill_level', 'special_operation'], small);
    const byClass = await rows('class');
    expect(byClass.map((r: { key: string }) => r.key).sort()).toEqual([courseId, small].sort());
    for (const row of byClass) expect(row).toMatchObject({ certified: null, hired: null, rate: null, medianDays: null });
    expect((await rows('provider'))[0]).toMatchObject({ certified: 6, hired: 5 });
  });

  it('keeps district staff to their district and refuses providers and workers', async () => {
    expect(await rows('class', tokens.kashi)).toEqual([]);
    expect((await rows('class', tokens.midong)).length).toBe(2);
    expectProblem(await api.request('GET', '/api/v1/stats/employment', { token: tokens.school }), 403);
    expectProblem(await api.request('GET', '/api/v1/stats/employment', { token: world.workers[0] }), 403);
    expectProblem(await api.request('GET', '/api/v1/stats/employment?groupBy=color', { token: tokens.admin }), 400);
  });
});
