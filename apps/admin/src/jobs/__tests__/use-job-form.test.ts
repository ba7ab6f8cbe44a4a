import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { ApiError, type BodyOf } from '@yilu/client';
import type { ServicePoint } from '@yilu/shared';
import { emptyJob, formFieldOf, jobBodyFrom, valuesFrom } from '../job-form-body';
import { orderCourseChoices, useJobForm, type JobFormApi } from '../use-job-form';
import { job } from './job-fixtures';

const point = {
  id: '65a000000000000000000301',
  name: '米东暖心驿站',
  address: '乌鲁木齐市米东区米东南路 57 号',
  location: { lng: 87.655, lat: 43.965 },
} as ServicePoint;

function fakeApi(overrides: Partial<JobFormApi> = {}) {
  const sent: { create: BodyOf<'createJob'>[]; update: [string, BodyOf<'updateJob'>][]; near: unknown[] } = {
    create: [],
    update: [],
    near: [],
  };
  const deps: JobFormApi = {
    createJob: async (body) => (sent.create.push(body), job),
    updateJob: async (id, body) => (sent.update.push([id, body]), job),
    pointsNear: async (near) => (sent.near.push(near), [point]),
    getPoint: async () => point,
    areaCentre: async () => ({ lng: 87.6, lat: 43.9 }),
    orderCourses: async () => [{ id: '65a000000000000000000001', title: '低压电工“一培双证”培训班' }],
    ...overrides,
  };
  return { deps, sent };
}

describe('the job form', () => {
  it('opens a stored posting and sends the same posting back, pay in fen', () => {
    const values = valuesFrom(job, 'wgs84');
    expect(values).toMatchObject({ payMinYuan: 5000, payMaxYuan: 7500.5, siteMode: 'address', orderCourseId: job.orderCourse!.id });
    expect(jobBodyFrom(values, 'wgs84')).toEqual({
      errors: {},
      body: {
        jobTitle: job.jobTitle,
        trade: job.trade,
        requirements: [{ type: 'special_operation' }, { type: 'skill_level', level: 5 }],
        site: job.site,
        payFen: job.payFen,
        shifts: job.shifts,
        headcount: 5,
        deadline: '2026-12-31',
        orderCourseId: job.orderCourse!.id,
        crs: 'wgs84',
      },
    });
  });

  it('shows the site in the map’s coordinate system', () => {
    const { siteLocation } = valuesFrom(job, 'gcj02');
    expect(siteLocation.lng).not.toBe(job.site.location.lng);
    expect(Math.abs(siteLocation.lng! - job.site.location.lng)).toBeLessThan(0.01);
  });

  it('asks a level only of a skill-level certificate', () => {
    const values = { ...valuesFrom(job, 'wgs84'), requirements: [{ type: 'special_operation' as const, level: 4 as const }] };
    expect(jobBodyFrom(values, 'wgs84').body?.requirements).toEqual([{ type: 'special_operation' }]);
  });

  it('names the field each wrong value is in, in Chinese', () => {
    const values = { ...emptyJob('2026-12-01'), tradeCode: '6-31', payMinYuan: 6000, payMaxYuan: 5000, shifts: [] };
    const { body, errors } = jobBodyFrom(values, 'wgs84');
    expect(body).toBeUndefined();
    expect(Object.keys(errors).sort()).toEqual([
      'jobTitle',
      'payMax',
      'shifts',
      'siteAddress',
      'siteLocation',
      'siteName',
      'tradeCode',
      'tradeName',
    ]);
    expect(errors.tradeCode).toBe('职业编码格式不正确，如 6-31-01-03');
    expect(errors.payMax).toBe('最高月薪不能低于最低月薪');
    expect(values.deadline).toBe('2026-12-31');
  });

  it('asks for a point when the site is a point, instead of its name, address and place', () => {
    const { errors } = jobBodyFrom({ ...valuesFrom(job, 'wgs84'), siteMode: 'point', pointId: '', siteName: '' }, 'wgs84');
    expect(errors).toEqual({ site: '请选择一个服务点位，或改为填写地址' });
  });

  it('reads the API’s field paths as the form’s fields', () => {
    expect(
      ['trade.name', 'trade.code', 'payFen', 'payFen.min', 'site.location.lng', 'site.pointId', 'requirements.1.level'].map(formFieldOf),
    ).toEqual(['tradeName', 'tradeCode', 'payMax', 'payMin', 'siteLocation', 'site', 'requirements']);
  });

  it('lists the classes naming the employer first, keeping the posting’s own class', () => {
    const courses = [
      { id: 'b', title: '叉车司机班', employer: '别家公司' },
      { id: 'a', title: '电工班', employer: '米东电力安装有限公司' },
      { id: 'c', title: '焊工班' },
    ];
    expect(orderCourseChoices(courses, '米东电力安装有限公司').map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(orderCourseChoices(courses, undefined, { id: 'z', title: '已结业的班' }).map((c) => c.id)).toEqual(['z', 'b', 'a', 'c']);
  });
});

describe('posting and editing', () => {
  it('copies a chosen service point into the site and publishes with the map’s coordinate system', async () => {
    const { deps, sent } = fakeApi();
    let saved = '';
    const form = useJobForm((_job, published) => (saved = published ? 'published' : 'saved'), deps);
    form.open();
    Object.assign(form.values, valuesFrom(job, 'wgs84'), { orderCourseId: '' });
    form.chooseSiteMode('point');
    await flushPromises();
    expect(sent.near).toEqual([job.site.location]);
    expect(form.points.value.map((p) => p.id)).toEqual([point.id]);
    await form.pickPoint(point.id);
    await form.save('open');
    expect(saved).toBe('published');
    expect(form.visible.value).toBe(false);
    expect(sent.create[0]).toMatchObject({
      status: 'open',
      crs: 'wgs84',
      site: { name: point.name, address: point.address, location: point.location, pointId: point.id },
    });
    expect(sent.create[0]).not.toHaveProperty('orderCourseId');
  });

  it('looks for points near the middle of the area while nothing is pinned', async () => {
    const { deps, sent } = fakeApi();
    const form = useJobForm(() => undefined, deps);
    form.open();
    form.areaCode.value = '650109';
    form.chooseSiteMode('point');
    await flushPromises();
    expect(sent.near).toEqual([{ lng: 87.6, lat: 43.9 }]);
  });

  it('edits without a status, and shows the API’s refusal next to the field', async () => {
    const refusal = new ApiError(422, {
      status: 422,
      detail: '工作地点不在已知的区县内，请重新选择位置',
      errors: [{ field: 'body.site.location', message: '工作地点不在已知的区县内，请重新选择位置' }],
    });
    const { deps, sent } = fakeApi({
      updateJob: async (id, body) => {
        sent.update.push([id, body]);
        throw refusal;
      },
    });
    const form = useJobForm(() => undefined, deps);
    form.edit(job);
    await flushPromises();
    expect(form.courses.value.map((c) => c.id)).toEqual([job.orderCourse!.id]);
    await form.save();
    expect(sent.update[0]![0]).toBe(job.id);
    expect(sent.update[0]![1]).not.toHaveProperty('status');
    expect(form.visible.value).toBe(true);
    expect(form.errors.value).toEqual({ siteLocation: '工作地点不在已知的区县内，请重新选择位置' });
    expect(form.formError.value).toBe('工作地点不在已知的区县内，请重新选择位置');
  });

  it('keeps at most three certificate rows, and fills the address from a look-up only when it is empty', () => {
    const form = useJobForm(() => undefined, fakeApi().deps);
    form.open();
    for (let i = 0; i < 5; i++) form.addRequirement();
    expect(form.values.requirements).toHaveLength(3);
    expect(form.canAddRequirement.value).toBe(false);
    form.removeRequirement(0);
    expect(form.canAddRequirement.value).toBe(true);
    form.addressFound('乌鲁木齐市米东区米东南路55号');
    form.addressFound('别处');
    expect(form.values.siteAddress).toBe('乌鲁木齐市米东区米东南路55号');
  });
});
