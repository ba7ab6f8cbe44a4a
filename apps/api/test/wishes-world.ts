import { pointBody } from './points-fixtures.js';
import { startApi, type ApiResponse } from './harness.js';

const password = 'correct-horse-battery';
const staff = [
  { username: 'admin', displayName: '管理员', role: 'admin' },
  { username: 'midong', displayName: '米东区人社', role: 'district_staff', areaCode: '650109' },
  { username: 'kashi', displayName: '喀什市人社', role: 'district_staff', areaCode: '653101' },
  { username: 'gucheng', displayName: '古城社区工作站', role: 'community_staff', areaCode: '650109001001' },
  { username: 'dongfeng', displayName: '东风社区工作站', role: 'community_staff', areaCode: '650109002001' },
] as const;
const workerNames = ['骑手小王', '快递员老李', '司机阿明', '骑手阿依', '骑手小张', '骑手小赵', '快递员小孙', '骑手小周'] as const;

/** The Gucheng community rest station in Midong, Urumqi (filed under the community's code). */
export const guchengPoint = pointBody({
  name: '米东区古城社区劳动者驿站',
  address: '乌鲁木齐市米东区古城社区',
  areaCode: '650109001001',
  location: { lng: 87.6891, lat: 43.9588 },
});

/**
 * An API with the people of the wish board signed in: an admin, the staff of Midong and Kashgar, two Midong
 * communities, and eight workers; one service point in the Gucheng community.
 */
export async function startWishesWorld(env: Record<string, string> = {}) {
  const api = await startApi({ YILU_DEV_LOGIN: 'true', YILU_AUTH_RATE_LIMIT_PER_MIN: '1000', ...env });
  const tokens = {} as Record<(typeof staff)[number]['username'], string>;
  for (const a of staff) {
    await api.createAccount({ ...a, password });
    tokens[a.username] = (await api.login(a.username, password)).accessToken;
  }
  const workers: string[] = [];
  for (const nickname of workerNames) {
    workers.push((await api.request('POST', '/api/v1/auth/dev/login', { body: { nickname } })).body.accessToken);
  }
  const point = await api.request('POST', '/api/v1/points', { token: tokens.midong, body: guchengPoint });
  if (point.status !== 201) throw new Error(JSON.stringify(point.body));

  /** Posts a wish as worker `w` (at the Gucheng point unless the body names another place). */
  async function post(w: number, body: Record<string, unknown> = {}): Promise<ApiResponse> {
    const place = 'areaCode' in body || 'location' in body || 'pointId' in body ? {} : { pointId: point.body.id };
    return api.request('POST', '/api/v1/wishes', {
      token: workers[w],
      body: { category: 'building_signs', text: '古城社区的楼栋号看不清，晚上送餐总找不到楼', ...place, ...body },
    });
  }
  /** Posts and answers the new wish's id, failing loudly otherwise. */
  async function posted(w: number, body: Record<string, unknown> = {}): Promise<string> {
    const res = await post(w, body);
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body.id;
  }
  const step = (token: string, id: string, body: Record<string, unknown>) => api.request('PATCH', `/api/v1/wishes/${id}`, { token, body });

  /** Moves a wish's dates back by `days` (posting, done), as if time had passed. */
  async function age(id: string, days: number, fields: ('createdAt' | 'doneAt')[] = ['createdAt']) {
    const doc = await api.ctx.models.Wish.findById(id).lean();
    const back = (d?: Date | null) => (d ? new Date(d.getTime() - days * 86_400_000) : d);
    const set = Object.fromEntries(fields.map((f) => [f, back(doc![f])]));
    await api.ctx.models.Wish.collection.updateOne({ _id: doc!._id }, { $set: set });
  }

  type Eight = [string, string, string, string, string, string, string, string];
  return { api, tokens, workers: workers as Eight, pointId: point.body.id as string, post, posted, step, age };
}
