import ExcelJS from 'exceljs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, beijingDate, WITHHELD_NOTE } from '@yilu/shared';
import { expectProblem } from '../../../test/harness.js';
import { school, sessionNow } from '../../../test/courses-fixtures.js';
import { startJobsWorld } from '../../../test/jobs-world.js';

const world = await startJobsWorld(14);
const { api, tokens, workers } = world;
afterAll(() => api.close());

const midong = '650109';
const kashgar = '653101';
const soon = [{ ...sessionNow(), date: addDays(beijingDate(), 10) }];

async function wantToLearn(from: number, to: number, trades: string[], areaCode = midong) {
  for (let w = from; w < to; w++) {
    const res = await api.request('PUT', '/api/v1/me/learning-interest', {
      token: workers[w],
      body: { trades, freeTimes: ['evening'], areaCode },
    });
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  }
}
const figures = async (token = tokens.admin) => (await api.request('GET', '/api/v1/stats/demand', { token })).body;
const cellOf = (body: { shortage: { areaCode: string; trade: string }[] }, areaCode: string, trade: string) =>
  body.shortage.find((r) => r.areaCode === areaCode && r.trade === trade);

/** The shortage list's .xlsx as the admin downloads it, read back with exceljs: header and rows as text. */
async function shortageSheet(token = tokens.admin): Promise<string[][]> {
  const res = await fetch(`${api.baseUrl}/api/v1/stats/demand/shortage`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toContain('attachment');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const rows: string[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

/** Every count of people anywhere in the answer: none may be 1 to 4. */
function peopleCounts(body: Record<string, { [k: string]: unknown }[]>): unknown[] {
  return ['districts', 'trades', 'shortage'].flatMap((part) => body[part]!.flatMap((r) => [r.interest, r.misses, r.demand]));
}

beforeEach(async () => {
  await api.ctx.models.LearningInterest.deleteMany({});
  await api.ctx.models.SearchMiss.deleteMany({});
});

describe('the demand figures', () => {
  it.each([
    [4, null],
    [5, 5],
  ])(
    'with %i people who want to learn 电工 in Midong show %s, in the heat map, the trade table, the shortage list and the .xlsx',
    async (n, shown) => {
      await wantToLearn(0, n, ['电工']);
      const body = await figures();
      expect(body).toMatchObject({ minGroupSize: 5, note: WITHHELD_NOTE, windowDays: 90, seatsWithinDays: 60 });
      expect(body.districts).toEqual([
        expect.objectContaining({ areaCode: midong, areaName: '乌鲁木齐市米东区', interest: shown, demand: shown }),
      ]);
      expect(body.trades).toEqual([expect.objectContaining({ trade: '电工', interest: shown, misses: 0, demand: shown })]);
      expect(cellOf(body, midong, '电工')).toMatchObject({ interest: shown, demand: shown, gap: shown, rank: shown && 1 });
      const [header, row] = await shortageSheet();
      expect(header).toEqual([
        '排名',
        '区县',
        '行政区划代码',
        '工种',
        '需求人数',
        '想学人数',
        '搜索无结果人数',
        '岗位空缺',
        '60 天内开班名额',
        '缺口',
      ]);
      expect(row).toEqual(
        shown === null
          ? ['', '乌鲁木齐市米东区', midong, '电工', WITHHELD_NOTE, WITHHELD_NOTE, '0', '0', '0', WITHHELD_NOTE]
          : ['1', '乌鲁木齐市米东区', midong, '电工', '5', '5', '0', '0', '0', '5'],
      );
    },
  );

  it('withholds enough other cells and totals that a small group cannot be worked out from the rows', async () => {
    // Midong: 4 want 电工, 9 want 焊工; the district shows 13, but neither cell, nor the trades' rows (each one cell).
    await wantToLearn(0, 4, ['电工']);
    await wantToLearn(4, 13, ['焊工']);
    const body = await figures();
    expect(body.districts[0]).toMatchObject({ areaCode: midong, interest: 13, demand: 13 });
    expect(cellOf(body, midong, '电工')).toMatchObject({ interest: null, demand: null, gap: null, rank: null });
    expect(cellOf(body, midong, '焊工')).toMatchObject({ interest: null, demand: null, gap: null, rank: null });
    expect(body.trades.map((t: { interest: unknown }) => t.interest)).toEqual([null, null]);
    for (const v of peopleCounts(body)) expect(v === null || v === 0 || (v as number) >= 5).toBe(true);
    const sheet = (await shortageSheet()).slice(1);
    expect(sheet.map((r) => r[4])).toEqual([WITHHELD_NOTE, WITHHELD_NOTE]);
  });

  it('counts a person once in demand, whether they said 想学, searched in vain, or both', async () => {
    await wantToLearn(0, 4, ['电工']);
    for (const w of [2, 3, 4, 5, 6]) {
      const query = `trade=${encodeURIComponent('电工')}&near=${school.lng},${school.lat}`;
      await api.request('GET', `/api/v1/courses?${query}`, { token: workers[w] });
    }
    const body = await figures();
    // 4 who asked are withheld, and so are the cell's other figures: beside them the 4 could be worked out.
    expect(cellOf(body, midong, '电工')).toMatchObject({ interest: null, misses: null, demand: null });
    await wantToLearn(4, 6, ['电工']);
    expect(cellOf(await figures(), midong, '电工')).toMatchObject({ interest: 6, misses: 5, demand: 7 });
  });

  it('withholds a cell whole, so that a withheld figure cannot be worked out from the others shown beside it', async () => {
    // In Midong: 6 want 电工, 3 want 焊工, 5 searched 茶艺师 in vain. 焊工 is withheld, and 电工's 想学 with it
    // (else the district's total gives the 3 away); 电工's demand of 6 beside misses 0 would then say its 想学 is 6.
    await wantToLearn(0, 6, ['电工']);
    await wantToLearn(6, 9, ['焊工']);
    for (let w = 9; w < 14; w++) {
      await api.request('GET', `/api/v1/courses?trade=${encodeURIComponent('茶艺师')}&near=${school.lng},${school.lat}`, {
        token: workers[w],
      });
    }
    const body = await figures();
    for (const row of body.shortage as { interest: number | null; misses: number | null; demand: number | null }[]) {
      const figures = [row.interest, row.misses, row.demand];
      // Withheld together: none, or every figure but zeros.
      if (figures.includes(null))
        expect(
          figures.every((v) => v === null || v === 0),
          JSON.stringify(row),
        ).toBe(true);
    }
    expect(cellOf(body, midong, '电工')).toMatchObject({ interest: null, demand: null });
  });

  it('sets seats in open classes starting within 60 days and open jobs not yet filled against demand', async () => {
    await wantToLearn(0, 6, ['电工']);
    const course = await world.createCourse({ sessions: soon, capacity: 4 });
    await world.createCourse({ sessions: [{ ...soon[0]!, date: addDays(beijingDate(), 70) }], capacity: 30 });
    await world.enroll(course, 13);
    await world.postJob({ headcount: 9 });
    const cell = cellOf(await figures(), midong, '电工');
    // Demand is the larger of 6 people and 9 vacancies; 3 seats are left in the class that starts in 10 days.
    expect(cell).toMatchObject({ interest: 6, demand: 6, unfilled: 9, seatsOpen: 3, gap: 6 });
  });

  it('keeps each district staffer to their district; workers and providers are refused', async () => {
    await wantToLearn(0, 5, ['电工'], midong);
    await wantToLearn(5, 11, ['电工'], kashgar);
    const districtsOf = (body: { districts: { areaCode: string }[] }) => body.districts.map((d) => d.areaCode).sort();
    expect(districtsOf(await figures())).toEqual([midong, kashgar].sort());
    const mine = await figures(tokens.midong);
    expect(districtsOf(mine)).toEqual([midong]);
    expect(mine.scopeName).toBe('乌鲁木齐市米东区');
    expect(mine.trades).toEqual([expect.objectContaining({ trade: '电工', interest: 5 })]);
    expect(mine.shortage.map((r: { areaCode: string }) => r.areaCode)).toEqual([midong]);
    expect((await shortageSheet(tokens.kashi)).slice(1).map((r) => r[2])).toEqual([kashgar]);
    expectProblem(await api.request('GET', '/api/v1/stats/demand', { token: workers[0] }), 403);
    expectProblem(await api.request('GET', '/api/v1/stats/demand', { token: tokens.school }), 403);
    expectProblem(await api.request('GET', '/api/v1/stats/demand/shortage', { token: tokens.school }), 403);
  });
});
