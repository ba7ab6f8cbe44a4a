import { afterAll, describe, expect, it } from 'vitest';
import { startCoursesWorld } from '../../../test/courses-world.js';
import { enrollBody } from '../../../test/courses-fixtures.js';
import { expectProblem } from '../../../test/harness.js';

// Text that would be stored wrong, and numbers that would be read wrong, are refused at the door (400, naming the
// field), on the real API and database; nothing of them is stored.
const { api, tokens, workers, createCourse } = await startCoursesWorld(2);
afterAll(() => api.close());

const point = {
  kind: 'toilet',
  name: '米东区测试公厕',
  address: '乌鲁木齐市米东区测试路 1 号',
  areaCode: '650109',
  location: { lng: 87.65, lat: 43.96 },
};
const createPoint = (body: unknown) => api.request('POST', '/api/v1/points', { token: tokens.admin, body });
const rawPoint = (bytes: Uint8Array<ArrayBuffer>) => api.request('POST', '/api/v1/points', { token: tokens.admin, rawBody: bytes });
const fields = (res: Awaited<ReturnType<typeof createPoint>>, status = 400) =>
  expectProblem(res, status).errors?.map((e) => `${e.field}: ${e.message}`);

/** A JSON body as bytes with `bad` where the text `ＸＸ` stands. */
function jsonWithBytes(body: unknown, bad: number[]): Uint8Array<ArrayBuffer> {
  const [before, after] = JSON.stringify(body).split('ＸＸ') as [string, string];
  return new Uint8Array([...Buffer.from(before), ...bad, ...Buffer.from(after)]);
}

describe('text', () => {
  it('refuses NUL, a right-to-left override and a lone surrogate in a name or a description, and stores nothing', async () => {
    const before = await api.ctx.models.Point.countDocuments();
    expect(fields(await createPoint({ ...point, name: '米东区\u0000公厕' }))).toEqual([
      'body.name: 名称含有不允许的字符（换行、控制字符或文字方向控制符）',
    ]);
    expect(fields(await createPoint({ ...point, description: '\u202E所厕费免' }))).toEqual([
      'body.description: 简介含有不允许的字符（控制字符或文字方向控制符）',
    ]);
    // A lone surrogate only travels as a JSON escape: no UTF-8 byte sequence can carry one.
    const escaped = JSON.stringify({ ...point, address: 'ADDR' }).replace('ADDR', '米东区\\ud800测试路');
    expect(fields(await api.request('POST', '/api/v1/points', { token: tokens.admin, rawBody: escaped }))).toEqual([
      'body.address: 地址含有不允许的字符（换行、控制字符或文字方向控制符）',
    ]);
    expect(await api.ctx.models.Point.countDocuments()).toBe(before);
  });

  it('keeps line breaks in a description', async () => {
    const res = await createPoint({ ...point, name: '米东区换行公厕', description: '第一行\n第二行' });
    expect(res.status).toBe(201);
    expect(res.body.description).toBe('第一行\n第二行');
  });

  it('refuses them in a real-name enrollment too, and enrolls nobody', async () => {
    const courseId = await createCourse();
    const res = await api.request('POST', `/api/v1/courses/${courseId}/enrollments`, {
      token: workers[0],
      body: { ...enrollBody(0), realName: '张\u202E三' },
    });
    expect(fields(res)).toEqual(['body.realName: 真实姓名含有不允许的字符（换行、控制字符或文字方向控制符）']);
    expect(await api.ctx.models.Enrollment.countDocuments({ courseId })).toBe(0);
  });
});

describe('bytes that are not UTF-8', () => {
  it('refuses a body whose bytes are not UTF-8, naming the field they are in, instead of storing U+FFFD', async () => {
    const before = await api.ctx.models.Point.countDocuments();
    // "米东" cut in the middle of its second character, and a byte that never starts a character.
    for (const bad of [[0xe7, 0xb1, 0xb3, 0xe4, 0xb8], [0xff]]) {
      const res = await rawPoint(jsonWithBytes({ ...point, name: 'ＸＸ公厕' }, bad));
      expect(expectProblem(res, 400).detail).toBe('请求内容不是有效的 UTF-8 文本');
      expect(fields(res)).toEqual(['body.name: 名称含有无效的 UTF-8 字节，请重新输入']);
    }
    expect(await api.ctx.models.Point.countDocuments()).toBe(before);
  });

  it('names the whole body when a real U+FFFD stands beside the broken bytes', async () => {
    const res = await rawPoint(jsonWithBytes({ ...point, name: '\uFFFD公厕', address: 'ＸＸ测试路' }, [0xc3]));
    expect(fields(res)).toEqual(['body: 请求内容含有无效的 UTF-8 字节']);
  });

  it('refuses a query that is not percent-encoded UTF-8, on the Express routes and on the map fast path', async () => {
    expect(fields(await api.request('GET', '/api/v1/courses?trade=%E7%94'))).toEqual([
      'query.trade: 工种的编码无效，须为 UTF-8 百分号编码',
    ]);
    expect(fields(await api.request('GET', '/api/v1/courses?trade=100%'))).toEqual(['query.trade: 工种的编码无效，须为 UTF-8 百分号编码']);
    expect(fields(await api.request('GET', '/api/v1/points?near=87.6,43.9&kinds=%FF'))).toEqual([
      'query.kinds: 类型的编码无效，须为 UTF-8 百分号编码',
    ]);
    expect((await api.request('GET', `/api/v1/courses?trade=${encodeURIComponent('电工')}`)).status).toBe(200);
  });
});

describe('numbers in queries', () => {
  it('reads them in decimal only: hexadecimal, exponents and blanks are refused, not read as other numbers', async () => {
    const cases: [string, string, string?][] = [
      ['/api/v1/points?near=0x57,0x2b', 'query.near'],
      ['/api/v1/points?near=87.6,43.9&radius=0x10', 'query.radius'],
      ['/api/v1/points?bbox=87,43,0x58,44', 'query.bbox'],
      ['/api/v1/points?bbox=87,43,88,44&zoom=1e1', 'query.zoom'],
      ['/api/v1/points?near=87.6,43.9&limit=%201', 'query.limit'],
      ['/api/v1/courses?near=0x57,0x2b', 'query.near'],
      ['/api/v1/courses?page=1e1', 'query.page'],
      ['/api/v1/courses?pageSize=', 'query.pageSize'],
      ['/api/v1/points?page=1e1', 'query.page', tokens.admin],
      ['/api/v1/points?staleDays=0x10', 'query.staleDays', tokens.admin],
    ];
    for (const [path, field, token] of cases) {
      const res = await api.request('GET', path, { token });
      expect(
        expectProblem(res, 400).errors?.map((e) => e.field),
        path,
      ).toEqual([field]);
    }
    expect((await api.request('GET', '/api/v1/points?near=87.6,43.9&radius=16')).status).toBe(200);
    expect((await api.request('GET', '/api/v1/courses?page=1&pageSize=10&near=87.65,43.96')).status).toBe(200);
  });
});
