import { describe, expect, it } from 'vitest';
import { emptyForm, interestBody, nearestDistricts, toggleFreeTime, toggleTrade } from '../interest-form';
import { interestPage } from '../class-alert';

describe('the 想学 form', () => {
  it('picks up to five trades, puts one back on a second tap and refuses a sixth', () => {
    expect(toggleTrade([], ' 电工 ')).toEqual({ trades: ['电工'] });
    expect(toggleTrade(['电工'], '电工')).toEqual({ trades: [] });
    expect(toggleTrade(['电工'], '  ')).toEqual({ trades: ['电工'] });
    const five = ['电工', '焊工', '育婴员', '叉车司机', '保安员'];
    expect(toggleTrade(five, '茶艺师')).toEqual({ trades: five, refused: '最多选 5 个工种' });
    expect(toggleFreeTime(['evening'], 'weekend')).toEqual(['evening', 'weekend']);
    expect(toggleFreeTime(['evening', 'weekend'], 'evening')).toEqual(['weekend']);
  });

  it('says what is still missing before anything is sent, then builds the body', () => {
    expect(interestBody(emptyForm('电工')).errors).toEqual({ freeTimes: '请至少选一个有空的时间', areaCode: '请选择所在区县' });
    expect(interestBody(emptyForm()).errors.trades).toBe('请至少选一个工种');
    expect(interestBody({ trades: ['电工'], freeTimes: ['weekday_afternoon'], areaCode: '650109' }).body).toEqual({
      trades: ['电工'],
      freeTimes: ['weekday_afternoon'],
      areaCode: '650109',
    });
  });

  it('offers the districts nearest the worker, keeping the one saved', () => {
    const at = { lng: 75.99, lat: 39.47 };
    const items = [
      { code: '653121', name: '喀什地区疏附县', centre: { lng: 75.6, lat: 39.4 } },
      { code: '653101', name: '喀什地区喀什市', centre: { lng: 76.0, lat: 39.5 } },
      { code: '653122', name: '喀什地区疏勒县', centre: { lng: 76.3, lat: 39.3 } },
    ];
    expect(nearestDistricts(items, at, 2).map((d) => d.code)).toEqual(['653101', '653122']);
    expect(nearestDistricts(items, at, 1, { code: '650109', name: '乌鲁木齐市米东区' }).map((d) => d.code)).toEqual(['650109', '653101']);
  });

  it('opens the form with the trade of an empty search', () => {
    expect(interestPage('电工')).toBe('/demand/interest/index?trade=%E7%94%B5%E5%B7%A5');
  });
});
