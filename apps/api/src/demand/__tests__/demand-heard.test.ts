import { afterAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../test/harness.js';
import { startCoursesWorld } from '../../../test/courses-world.js';
import { school } from '../../../test/courses-fixtures.js';

const { api, tokens, workers, createCourse } = await startCoursesWorld(4);
afterAll(() => api.close());

const interest = { trades: ['电工', '焊工'], freeTimes: ['weekday_afternoon', 'weekend'], areaCode: '650109' };
const inbox = async (worker: number) =>
  (await api.request('GET', '/api/v1/me/notifications', { token: workers[worker] })).body.items as { kind: string; title: string }[];
const opened = async (worker: number) => (await inbox(worker)).filter((m) => m.kind === 'class-opened');

describe('想学', () => {
  it('is said, replaced on save and taken back; one per worker', async () => {
    const token = workers[0];
    expect((await api.request('GET', '/api/v1/me/learning-interest', { token })).body).toEqual({ interest: null });
    const saved = await api.request('PUT', '/api/v1/me/learning-interest', { token, body: interest });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ...interest, areaName: '乌鲁木齐市米东区' });
    const replaced = await api.request('PUT', '/api/v1/me/learning-interest', {
      token,
      body: { trades: ['叉车司机'], freeTimes: ['evening'], areaCode: '653101' },
    });
    expect(replaced.body).toMatchObject({ trades: ['叉车司机'], freeTimes: ['evening'], areaName: '喀什地区喀什市' });
    expect((await api.request('GET', '/api/v1/me/learning-interest', { token })).body.interest.trades).toEqual(['叉车司机']);
    expect(await api.ctx.models.LearningInterest.countDocuments({})).toBe(1);
    expect((await api.request('DELETE', '/api/v1/me/learning-interest', { token })).status).toBe(204);
    expect((await api.request('GET', '/api/v1/me/learning-interest', { token })).body).toEqual({ interest: null });
  });

  it('keeps one document when saves race', async () => {
    const token = workers[1];
    const saves = await Promise.all(
      ['电工', '焊工', '育婴员', '叉车司机', '保安员'].map((trade) =>
        api.request('PUT', '/api/v1/me/learning-interest', { token, body: { ...interest, trades: [trade] } }),
      ),
    );
    expect(saves.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await api.ctx.models.LearningInterest.countDocuments({})).toBe(1);
  });

  it('refuses a city, an unknown district, a position and staff', async () => {
    const token = workers[0];
    const city = expectProblem(
      await api.request('PUT', '/api/v1/me/learning-interest', { token, body: { ...interest, areaCode: '650100' } }),
      400,
    );
    expect(city.errors).toEqual([{ field: 'body.areaCode', message: '行政区划代码须为 6 位区县代码' }]);
    const unknown = expectProblem(
      await api.request('PUT', '/api/v1/me/learning-interest', { token, body: { ...interest, areaCode: '999901' } }),
      422,
    );
    expect(unknown.errors?.[0]?.field).toBe('body.areaCode');
    expectProblem(await api.request('PUT', '/api/v1/me/learning-interest', { token, body: { ...interest, location: school } }), 400);
    expectProblem(await api.request('PUT', '/api/v1/me/learning-interest', { token: tokens.midong, body: interest }), 403);
    expectProblem(await api.request('GET', '/api/v1/me/learning-interest'), 401);
  });
});

describe('有班通知我', () => {
  it('keeps one alert per trade and district, from a code or from a spot (only its district)', async () => {
    const token = workers[2];
    const first = await api.request('POST', '/api/v1/me/class-alerts', { token, body: { trade: '焊工', areaCode: '650109' } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ trade: '焊工', areaCode: '650109', areaName: '乌鲁木齐市米东区' });
    const again = await api.request('POST', '/api/v1/me/class-alerts', { token, body: { trade: '焊工', location: school } });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const stored = await api.ctx.models.ClassAlert.findById(first.body.id).lean();
    expect(Object.keys(stored!).sort()).toEqual(['__v', '_id', 'areaCode', 'createdAt', 'trade', 'workerId']);
    expect((await api.request('GET', '/api/v1/me/class-alerts', { token })).body.items).toHaveLength(1);
    expectProblem(await api.request('DELETE', `/api/v1/me/class-alerts/${first.body.id}`, { token: workers[3] }), 404);
    expect((await api.request('DELETE', `/api/v1/me/class-alerts/${first.body.id}`, { token })).status).toBe(204);
    expect((await api.request('GET', '/api/v1/me/class-alerts', { token })).body.items).toEqual([]);
    const far = { trade: '焊工', location: { lng: 160, lat: 10 } };
    expectProblem(await api.request('POST', '/api/v1/me/class-alerts', { token, body: far }), 400);
    const sea = expectProblem(
      await api.request('POST', '/api/v1/me/class-alerts', { token, body: { trade: '焊工', location: { lng: 123, lat: 30 } } }),
      422,
    );
    expect(sea.errors?.[0]?.field).toBe('body.location');
  });

  it('tells each alerted worker once when a class of the trade opens in the district, not another district or trade', async () => {
    const alert = (w: number, trade: string, areaCode: string) =>
      api.request('POST', '/api/v1/me/class-alerts', { token: workers[w], body: { trade, areaCode } });
    await alert(0, '电工', '650109');
    await alert(1, '电工', '653101');
    await alert(3, '育婴员', '650109');
    const draft = await createCourse({ status: 'draft' });
    expect(await opened(0)).toEqual([]);
    const published = await api.request('PATCH', `/api/v1/courses/${draft}`, { token: tokens.school, body: { status: 'open' } });
    expect(published.status).toBe(200);
    await api.request('PATCH', `/api/v1/courses/${draft}`, { token: tokens.school, body: { description: '自带身份证' } });
    expect((await opened(0)).map((m) => m.title)).toEqual(['有班了：低压电工“一培双证”培训班']);
    expect(await opened(1)).toEqual([]);
    expect(await opened(3)).toEqual([]);
    // Another class of the trade in the district tells the worker again: once per alert and class.
    await createCourse({ title: '电工晚班' });
    expect((await opened(0)).map((m) => m.title)).toEqual(['有班了：电工晚班', '有班了：低压电工“一培双证”培训班']);
  });
});

describe('a class search that finds nothing', () => {
  it('is recorded once per worker, trade and day, with the district searched from; guests and hits are not', async () => {
    await createCourse();
    const near = `${school.lng},${school.lat}`;
    const search = (trade: string, token?: string) =>
      api.request('GET', `/api/v1/courses?trade=${encodeURIComponent(trade)}&near=${near}`, { token });
    expect((await search('茶艺师', workers[0])).body.items).toEqual([]);
    await search('茶艺师', workers[0]);
    await search('茶艺师');
    await search('电工', workers[0]);
    await api.request('GET', `/api/v1/courses?trade=${encodeURIComponent('面点师')}`, { token: workers[1] });
    const misses = await api.ctx.models.SearchMiss.find({}).lean();
    expect(misses.map((m) => [m.trade, m.areaCode]).sort()).toEqual([
      ['茶艺师', '650109'],
      ['面点师', '650109'],
    ]);
  });
});
