import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent } from 'vue';
import { describe, expect, it } from 'vitest';
import { ApiError, type QueryOf } from '@yilu/client';
import type { Wish, WishSummary } from '@yilu/contract';
import { defaultFilters, queueQuery, useWishes, type WishesApi } from '../use-wishes';
import { stepBody, useWishStep, type StepApi, type StepValues } from '../use-wish-step';

const summary: WishSummary = {
  id: '65a000000000000000000001',
  category: 'building_signs',
  text: '楼栋号看不清，晚上送餐找不到楼',
  place: {
    areaCode: '650109001001',
    areaName: '乌鲁木齐市米东区（650109001001）',
    pointId: '65a000000000000000000002',
    pointName: '古城驿站',
  },
  visibility: 'public',
  status: 'submitted',
  authorName: '骑**王',
  mine: false,
  supportCount: 3,
  supportedByMe: false,
  overdue: true,
  createdAt: '2026-12-01T02:00:00.000Z',
  updatedAt: '2026-12-01T02:00:00.000Z',
};
const wish: Wish = { ...summary, timeline: [{ at: summary.createdAt, kind: 'submitted', by: '骑**王' }] };

/** Mounts a composable inside a component, so that its onMounted runs. */
function mounted<T>(make: () => T): T {
  let made!: T;
  mount(defineComponent({ setup: () => ((made = make()), () => null) }));
  return made;
}

describe('the wish queue', () => {
  it('asks for open wishes, overdue first, with the filters that are set', () => {
    expect(queueQuery(defaultFilters(), { page: 1, pageSize: 20 })).toEqual({ page: 1, pageSize: 20, status: 'open', sort: 'overdue' });
    const f = { status: 'done' as const, category: 'charging' as const, sort: 'supported' as const, hidden: true };
    expect(queueQuery(f, { page: 2, pageSize: 20 })).toEqual({
      page: 2,
      pageSize: 20,
      status: 'done',
      sort: 'supported',
      category: 'charging',
      hidden: 'true',
    });
  });

  it('loads the queue and the figures when shown, goes back to page one on new filters, and refreshes after a step', async () => {
    const asked: QueryOf<'wishQueue'>[] = [];
    let figuresAsked = 0;
    const deps: WishesApi = {
      wishQueue: async (q) => (asked.push(q), { items: [summary], total: 41, page: q.page ?? 1, pageSize: 20 }),
      wishFigures: async () => (figuresAsked++, { overdueDays: 14, rows: [] }),
      getWish: async () => wish,
    };
    const wishes = mounted(() => useWishes(deps));
    await flushPromises();
    expect(asked[0]).toMatchObject({ page: 1, status: 'open', sort: 'overdue' });
    expect(wishes.rows.value).toEqual([summary]);
    expect(wishes.figures.value?.overdueDays).toBe(14);

    wishes.page.page = 3;
    wishes.filters.sort = 'oldest';
    wishes.search();
    await flushPromises();
    expect(asked[1]).toMatchObject({ page: 1, sort: 'oldest' });

    await wishes.showDetail(summary.id);
    wishes.stepped({ ...wish, status: 'accepted' });
    await flushPromises();
    expect(wishes.detail.value?.status).toBe('accepted');
    expect(asked).toHaveLength(3);
    expect(figuresAsked).toBe(2);
  });
});

const values = (v: Partial<StepValues>): StepValues => ({
  note: '',
  reply: '',
  reason: '',
  areaCode: '',
  duplicateOf: '',
  photo: '',
  ...v,
});

describe('a staff step', () => {
  it('sends only the fields of the step, checked with the API’s own schema', () => {
    expect(stepBody('accept', values({ note: ' 已转社区 ', reply: '不发送' }))).toEqual({
      body: { action: 'accept', note: '已转社区' },
      errors: {},
    });
    expect(stepBody('decline', values({})).errors).toEqual({ reason: '原因不能为空' });
    expect(stepBody('assign', values({})).errors.areaCode).toBeTruthy();
    expect(stepBody('done', values({ reply: '已安装', photo: '/api/v1/uploads/65a000000000000000000009' })).body).toEqual({
      action: 'done',
      reply: '已安装',
      photo: '/api/v1/uploads/65a000000000000000000009',
    });
    expect(stepBody('hide', values({ reason: '广告' }))).toEqual({ body: { reason: '广告' }, errors: {} });
  });

  function stepWith(overrides: Partial<StepApi> = {}) {
    const sent: unknown[] = [];
    const done: Wish[] = [];
    const deps: StepApi = {
      updateWish: async (id, body) => (sent.push({ id, body }), { ...wish, status: 'accepted' }),
      hideWish: async (id, body) => (sent.push({ id, hide: body }), wish),
      uploadPhoto: async () => ({ url: '/api/v1/uploads/65a000000000000000000009' }),
      wishAssignees: async () => ({
        items: [
          { areaCode: '650109001001', areaName: '米东区（650109001001）', name: '古城社区工作站' },
          { areaCode: '653101001001', areaName: '喀什市（653101001001）', name: '别的社区' },
        ],
      }),
      wishQueue: async () => [summary, { ...summary, id: '65a000000000000000000003' }],
      confirm: async () => true,
      ...overrides,
    };
    return { step: useWishStep((w) => done.push(w), deps), sent, done };
  }

  it('offers the communities of the wish’s district and the other wishes to link a duplicate to', async () => {
    const { step } = stepWith();
    await step.open(summary, 'assign');
    expect(step.communities.value.map((c) => c.name)).toEqual(['古城社区工作站']);
    await step.open(summary, 'duplicate');
    expect(step.others.value.map((w) => w.id)).toEqual(['65a000000000000000000003']);
  });

  it('sends the step, closes and hands on the answer; keeps the API’s field messages when refused', async () => {
    const { step, sent, done } = stepWith();
    await step.open(summary, 'accept');
    await step.submit();
    expect(sent).toEqual([{ id: summary.id, body: { action: 'accept' } }]);
    expect(step.visible.value).toBe(false);
    expect(done[0]?.status).toBe('accepted');

    const refused = stepWith({
      updateWish: async () => {
        throw new ApiError(422, {
          title: '内容与规则不符',
          status: 422,
          detail: '只能转交给您辖区内、心愿所在区县的街道或社区',
          errors: [{ field: 'body.areaCode', message: '只能转交给您辖区内、心愿所在区县的街道或社区' }],
        });
      },
    }).step;
    await refused.open(summary, 'assign');
    refused.values.areaCode = '650109001001';
    await refused.submit();
    expect(refused.visible.value).toBe(true);
    expect(refused.errors.value.areaCode).toContain('辖区');
    expect(refused.formError.value).toContain('辖区');
  });

  it('hides a wish only once the staff member confirms', async () => {
    const cancelled = stepWith({ confirm: async () => false });
    await cancelled.step.open(summary, 'hide');
    cancelled.step.values.reason = '广告信息';
    await cancelled.step.submit();
    expect(cancelled.sent).toEqual([]);
    expect(cancelled.step.visible.value).toBe(true);

    const { step, sent } = stepWith();
    await step.open(summary, 'hide');
    step.values.reason = '广告信息';
    await step.submit();
    expect(sent).toEqual([{ id: summary.id, hide: { reason: '广告信息' } }]);
  });
});
