import { applicationStates } from '@yilu/shared';
import { describe, expect, it } from 'vitest';
import { filterJobs, mergeTrades, noJobFilters } from '../filters';
import { applicationStateText, canWithdraw, fitWording, pathways, payPerMonth, shiftsText, yuan } from '../format';
import { jobFixture } from './fixtures';

describe('job wording', () => {
  it('says the monthly pay in yuan, grouped by thousands, as a range or one figure', () => {
    expect(payPerMonth({ min: 500_000, max: 800_000 })).toBe('5,000–8,000 元/月');
    expect(payPerMonth({ min: 650_000, max: 650_000 })).toBe('6,500 元/月');
    expect(payPerMonth({ min: 0, max: 1_250_000_00 })).toBe('0–1,250,000 元/月');
    expect(yuan(550_050)).toBe('5,500.5');
    expect(yuan(99)).toBe('0.99');
  });

  it('names the shifts', () => {
    expect(shiftsText(['day', 'night', 'part_time'])).toBe('白班、夜班、兼职');
  });

  it('says plainly whether the worker qualifies, which certificates are missing, or that signing in tells', () => {
    expect(fitWording({ qualifies: true, matched: [], missing: [] })).toEqual({ tone: 'ok', text: '✔ 符合条件' });
    expect(fitWording(jobFixture().fit)).toEqual({ tone: 'missing', text: '缺少：电工特种作业操作证' });
    const both = jobFixture().requirements.map((r) => ({ ...r, classes: [] }));
    expect(fitWording({ qualifies: false, matched: [], missing: both }).text).toBe(
      '缺少：电工职业技能等级证书（五级/初级工及以上）、电工特种作业操作证',
    );
    expect(fitWording(undefined)).toEqual({ tone: 'unknown', text: '登录后可查看您是否符合条件' });
  });
});

describe('the way to the missing certificates', () => {
  const dual = jobFixture().fit!.missing[0]!.classes[0]!;
  const permitOnly = { ...dual, id: 'permit-only', title: '低压电工取证班' };
  const missing = (label: string, classes: (typeof dual)[]) => ({ type: 'skill_level' as const, label, classes });

  it('offers a class that ends in two missing certificates once, for both; other classes for their own certificate', () => {
    expect(pathways([missing('等级证书', [dual]), missing('操作证', [dual])])).toEqual([
      { labels: ['等级证书', '操作证'], classes: [dual] },
    ]);
    expect(pathways([missing('等级证书', [dual]), missing('操作证', [permitOnly, dual])])).toEqual([
      { labels: ['等级证书'], classes: [dual] },
      { labels: ['操作证'], classes: [permitOnly, dual] },
    ]);
    expect(pathways([missing('等级证书', []), missing('操作证', [])])).toEqual([
      { labels: ['等级证书'], classes: [] },
      { labels: ['操作证'], classes: [] },
    ]);
  });
});

describe('application wording', () => {
  it('gives each state its words, with the interview’s Beijing time and place, the start date and the reason', () => {
    const interview = { at: '2026-12-03T02:00:00Z', place: '米东区安居小区物业中心二楼' };
    expect(applicationStateText({ state: 'applied' })).toBe('已投递');
    expect(applicationStateText({ state: 'interview', interview }, 'Asia/Shanghai')).toBe(
      '邀请面试：2026-12-03 10:00，米东区安居小区物业中心二楼',
    );
    expect(applicationStateText({ state: 'interview', interview }, 'Asia/Urumqi')).toBe(
      '邀请面试：2026-12-03 10:00（北京时间），米东区安居小区物业中心二楼',
    );
    expect(applicationStateText({ state: 'offered' })).toBe('已录用待入职');
    expect(applicationStateText({ state: 'hired', startDate: '2026-12-15' })).toBe('已入职：2026-12-15 起上班');
    expect(applicationStateText({ state: 'declined', reason: '岗位已招满' })).toBe('未通过：岗位已招满');
    expect(applicationStateText({ state: 'withdrawn' })).toBe('已撤回');
  });

  it('offers to withdraw until the start, and not once it is over', () => {
    expect(applicationStates.filter(canWithdraw)).toEqual(['applied', 'interview', 'offered']);
  });
});

describe('the saved list filtered on the phone', () => {
  const electrician = jobFixture();
  const welder = jobFixture({
    id: 'w',
    trade: { name: '焊工' },
    payFen: { min: 300_000, max: 450_000 },
    fit: { qualifies: true, matched: [], missing: [] },
  });

  it('keeps the chosen trade, the jobs whose top pay reaches the minimum, and those the worker qualifies for', () => {
    const jobs = [electrician, welder];
    expect(filterJobs(jobs, noJobFilters)).toEqual(jobs);
    expect(filterJobs(jobs, { ...noJobFilters, trade: '焊工' })).toEqual([welder]);
    expect(filterJobs(jobs, { ...noJobFilters, minPayFen: 600_000 })).toEqual([electrician]);
    expect(filterJobs(jobs, { ...noJobFilters, minPayFen: 450_000 })).toEqual(jobs);
    expect(filterJobs(jobs, { ...noJobFilters, qualified: true })).toEqual([welder]);
    expect(filterJobs([jobFixture({ fit: undefined })], { ...noJobFilters, qualified: true })).toEqual([]);
  });

  it('keeps trade chips in the order first seen, adding new ones only', () => {
    const known = mergeTrades([], [electrician, welder, electrician]);
    expect(known).toEqual(['电工', '焊工']);
    expect(mergeTrades(known, [welder])).toBe(known);
    expect(mergeTrades(known, [jobFixture({ trade: { name: '叉车司机' } })])).toEqual(['电工', '焊工', '叉车司机']);
  });
});
