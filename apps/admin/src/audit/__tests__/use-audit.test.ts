import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent } from 'vue';
import { describe, expect, it } from 'vitest';
import { ApiError, type QueryOf } from '@yilu/client';
import type { AuditRecord } from '@yilu/contract';
import type { Page } from '@yilu/shared';
import { auditChanges, formatValue } from '../audit-changes';
import { auditQuery, filtersFrom, useAudit } from '../use-audit';

const entry: AuditRecord = {
  id: '65a000000000000000000009',
  at: '2026-12-01T17:30:00.000Z',
  actor: { id: '65a000000000000000000001', name: '米东区人社' },
  action: 'update',
  entity: 'point',
  entityId: '65a000000000000000000002',
  entityLabel: '米东区古城暖心驿站',
};

/** Mounts useAudit with a list operation that records its queries and answers `answer`. */
function mountAudit(answer: (q: QueryOf<'listAudit'>) => Promise<Page<AuditRecord>>, route = {}) {
  const asked: QueryOf<'listAudit'>[] = [];
  let audit!: ReturnType<typeof useAudit>;
  const Host = defineComponent({
    setup() {
      audit = useAudit(filtersFrom(route), (q) => (asked.push(q), answer(q)));
      return () => null;
    },
  });
  mount(Host);
  return { asked, audit: () => audit };
}

describe('the audit trail page', () => {
  it('starts from the record a link names, and ignores what it does not know', () => {
    expect(filtersFrom({ entity: 'course', entityId: ' 65a000000000000000000003 ' })).toMatchObject({
      entity: 'course',
      entityId: '65a000000000000000000003',
    });
    expect(filtersFrom({ entity: 'account', entityId: ['a', 'b'] })).toMatchObject({ entity: '', entityId: '' });
  });

  it('asks for the filters that are set, with Beijing days and the page', () => {
    const filters = {
      entity: 'enrollment' as const,
      entityId: '',
      actor: ' 人社 ',
      action: 'view_id_number',
      range: ['2026-12-01', '2026-12-31'] as [string, string],
    };
    expect(auditQuery(filters, { page: 2, pageSize: 50 })).toEqual({
      page: 2,
      pageSize: 50,
      entity: 'enrollment',
      entityId: undefined,
      actor: '人社',
      action: 'view_id_number',
      from: '2026-12-01',
      to: '2026-12-31',
    });
  });

  it('loads the first page when shown, goes back to it with new filters, and keeps the API’s message on failure', async () => {
    let fail = false;
    const { asked, audit } = mountAudit(
      async (q) => {
        if (fail)
          throw new ApiError(400, {
            type: 'urn:yilu:problem:validation-error',
            title: '请求有误',
            status: 400,
            detail: '结束日期不能早于开始日期',
          });
        return { items: [entry], total: 41, page: q.page ?? 1, pageSize: q.pageSize ?? 20 };
      },
      { entity: 'point', entityId: entry.entityId },
    );
    await flushPromises();
    expect(asked[0]).toMatchObject({ page: 1, pageSize: 20, entity: 'point', entityId: entry.entityId });
    expect(audit().rows.value).toEqual([entry]);
    expect(audit().total.value).toBe(41);

    audit().page.page = 3;
    audit().show({ ...audit().filters, actor: '米东区人社' });
    await flushPromises();
    expect(asked[1]).toMatchObject({ page: 1, actor: '米东区人社', entity: 'point' });

    fail = true;
    audit().show();
    await flushPromises();
    expect(asked[2]).toEqual({ page: 1, pageSize: 20 });
    expect(audit().error.value).toBe('结束日期不能早于开始日期');
    expect(audit().loading.value).toBe(false);
  });
});

describe('what changed', () => {
  it('lists the fields that differ, named in Chinese, without bookkeeping', () => {
    const before = { _id: 'x', name: '古城驿站', amenities: ['hot_water'], status: 'draft', updatedAt: '2026-12-01' };
    const after = { _id: 'x', name: '古城暖心驿站', amenities: ['hot_water', 'toilet'], status: 'draft', updatedAt: '2026-12-02' };
    expect(auditChanges('point', before, after)).toEqual([
      { field: 'name', label: '名称', before: '古城驿站', after: '古城暖心驿站' },
      { field: 'amenities', label: '设施', before: '热水', after: '热水、卫生间' },
    ]);
  });

  it('shows every field of a created record, and nothing for a view', () => {
    const results = [{ certificateType: 'skill_level', passed: true, score: 82 }];
    expect(auditChanges('enrollment', undefined, { status: 'approved', results })).toEqual([
      { field: 'status', label: '状态', before: '—', after: '已通过' },
      { field: 'results', label: '成绩', before: '—', after: '职业技能等级证书：通过（82）' },
    ]);
    expect(auditChanges('enrollment', undefined, undefined)).toEqual([]);
    expect([formatValue(true), formatValue(null), formatValue(82), formatValue([]), formatValue({ at: 1 })]).toEqual([
      '是',
      '—',
      '82',
      '—',
      '{"at":1}',
    ]);
  });
});
