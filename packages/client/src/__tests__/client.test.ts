import { describe, expect, it } from 'vitest';
import { ApiError, createClient, filenameOf, queryString } from '../index.js';
import { bearer, fakeNetwork, memoryTokens, messages, pair } from './fake-network.js';

const id = '0123456789abcdef01234567';

function clientOn(handler: Parameters<typeof fakeNetwork>[0], signedIn = true) {
  const net = fakeNetwork(handler);
  const client = createClient({
    baseUrl: 'https://api.example.cn',
    transport: net.transport,
    tokens: memoryTokens(signedIn ? pair(1) : null),
    messages,
  });
  return { net, client };
}

describe('requests', () => {
  it('fills the path, sends the body as JSON and the token to a signed-in operation', async () => {
    const { net, client } = clientOn(() => ({ status: 201, json: { id: 'e1' } }));
    const body = {
      realName: '王建军',
      phone: '13800000001',
      idNumber: '110101199001010015',
      group: 'new_employment' as const,
      consent: true as const,
    };
    expect(await client.enroll({ params: { id }, body })).toEqual({ id: 'e1' });
    const [sent] = net.requests;
    expect(sent).toMatchObject({ method: 'POST', url: `https://api.example.cn/api/v1/courses/${id}/enrollments`, expect: 'json' });
    expect(sent!.headers).toMatchObject({ authorization: 'Bearer access-1', 'content-type': 'application/json' });
    expect(JSON.parse(sent!.body!)).toEqual(body);
  });

  it('leaves out what the user did not choose, so the schema defaults apply, and joins lists', async () => {
    const { net, client } = clientOn(() => ({ status: 200, json: { crs: 'gcj02', items: [] } }));
    await client.nearbyPoints({
      query: {
        near: '87.620000,43.830000',
        kinds: ['rest_station', 'charging'],
        amenities: [],
        openNow: true,
        crs: 'gcj02',
        radius: undefined,
      },
    });
    const url = new URL(net.requests[0]!.url);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      near: '87.620000,43.830000',
      kinds: 'rest_station,charging',
      openNow: 'true',
      crs: 'gcj02',
    });
    expect(bearer(net.requests[0]!)).toBeUndefined();
  });

  it('sends the token to an optional operation only when signed in', async () => {
    const signedIn = clientOn(() => ({ status: 200, json: { items: [], total: 0, page: 1, pageSize: 20 } }));
    await signedIn.client.listCourses({ query: { managed: true } });
    expect(bearer(signedIn.net.requests[0]!)).toBe('Bearer access-1');
    expect(signedIn.net.requests[0]!.url).toMatch(/\/courses\?managed=true$/);
    const guest = clientOn(() => ({ status: 200, json: { items: [], total: 0, page: 1, pageSize: 20 } }), false);
    await guest.client.listCourses();
    expect(bearer(guest.net.requests[0]!)).toBeUndefined();
  });

  it('answers undefined for 204 and a file with the name the API gave', async () => {
    const { net, client } = clientOn((r) =>
      r.method === 'DELETE'
        ? { status: 204 }
        : {
            status: 200,
            file: 'sheet-bytes',
            headers: { 'content-disposition': "attachment; filename*=UTF-8''%E6%9C%8D%E5%8A%A1%E7%82%B9.xlsx" },
          },
    );
    expect(await client.deletePoint({ params: { id } })).toBeUndefined();
    expect(await client.exportPoints({ query: { format: 'csv' } })).toMatchObject({ data: 'sheet-bytes', filename: '服务点.xlsx' });
    expect(net.requests[1]).toMatchObject({ expect: 'file', url: 'https://api.example.cn/api/v1/points/export?format=csv' });
  });

  it('passes the file of an upload to the transport instead of a JSON body', async () => {
    const { net, client } = clientOn(() => ({ status: 200, json: { mode: 'validate' } }));
    await client.importPoints({ query: { mode: 'validate', acceptValid: false }, file: 'the-file' });
    expect(net.requests[0]).toMatchObject({
      file: 'the-file',
      body: undefined,
      url: expect.stringMatching(/\/points\/import\?mode=validate&acceptValid=false$/),
    });
    expect(net.requests[0]!.headers['content-type']).toBeUndefined();
  });

  it('serializes queries: undefined, null and empty lists are left out', () => {
    expect(queryString({ a: 1, b: undefined, c: null, d: [], e: ['x', 'y'], f: false })).toBe('?a=1&e=x%2Cy&f=false');
    expect(queryString({})).toBe('');
  });

  it('reads both forms of a Content-Disposition file name', () => {
    expect(filenameOf('attachment; filename="points.csv"')).toBe('points.csv');
    expect(filenameOf(null)).toBeUndefined();
  });
});

describe('errors', () => {
  it('carries the problem details and maps field errors to form fields', async () => {
    const problem = {
      type: 'about:blank',
      title: '请求参数有误',
      status: 400,
      detail: '请检查标出的字段',
      errors: [
        { field: 'body.areaCode', message: '区域编码须为 6 位数字' },
        { field: 'body.areaCode', message: '另一条' },
        { field: 'query.page', message: '页码须为正整数' },
      ],
    };
    const { client } = clientOn(() => ({ status: 400, json: problem }));
    const error = (await client
      .createAccount({ body: { username: 'x', password: 'y', displayName: 'z', role: 'admin' } })
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe('请检查标出的字段');
    expect(error.problem).toEqual(problem);
    expect(error.fieldMessages()).toEqual({ areaCode: '区域编码须为 6 位数字', page: '页码须为正整数' });
  });

  it('is status 0 with the app message when no answer came, and names a server failure without details', async () => {
    const offline = clientOn(() => 'offline');
    const error = (await offline.client.listTrades().catch((e: unknown) => e)) as ApiError;
    expect([error.status, error.message, error.isNetworkError]).toEqual([0, messages.network, true]);
    const proxy = clientOn(() => ({ status: 502 }));
    await expect(proxy.client.listTrades()).rejects.toMatchObject({ status: 502, message: messages.server });
  });

  it('lets an aborted call reject as aborted, not as a network failure', async () => {
    const controller = new AbortController();
    const { client } = clientOn(() => {
      controller.abort();
      return 'offline';
    });
    const error = await client.viewportPoints({ query: { bbox: '1,1,2,2' }, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
  });
});

// Compile-time checks of the call signatures; never run.
export function signatures(client: ReturnType<typeof createClient>) {
  void client.getMe();
  void client.listCourses();
  // @ts-expect-error the class id is required
  void client.enroll();
  // @ts-expect-error an upload takes a file
  void client.uploadPhoto({});
  // @ts-expect-error kinds are checked against the point kinds
  void client.nearbyPoints({ query: { near: '1,1', kinds: ['castle'] } });
  // @ts-expect-error a file answer is not JSON
  void client.exportPoints().then((answer) => answer.items);
}
