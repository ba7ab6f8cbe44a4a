import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent } from 'vue';
import { describe, expect, it } from 'vitest';
import type { DemandFigures, EmploymentFigures } from '@yilu/contract';
import { daysText, gapText, mapRows, peopleText, rateText, useDemand, type DemandApi, type EmploymentGroup } from '../use-demand';
import { demandColour, demandSteps, legendSteps, noneColour, openingDistricts, withheldColour } from '../use-demand-map';

const row = { interest: 6, misses: 0, demand: 6, unfilled: 9, seatsOpen: 3, gap: 6 };
const figures: DemandFigures = {
  scopeName: '全部区域',
  minGroupSize: 5,
  note: '涉及不足 5 人，不显示',
  windowDays: 90,
  seatsWithinDays: 60,
  districts: [
    { areaCode: '650109', areaName: '乌鲁木齐市米东区', ...row },
    { areaCode: '653101', areaName: '喀什地区喀什市', ...row, interest: null, demand: null, gap: null },
  ],
  trades: [{ trade: '电工', ...row }],
  shortage: [
    { rank: 1, areaCode: '650109', areaName: '乌鲁木齐市米东区', trade: '电工', ...row },
    { rank: null, areaCode: '653101', areaName: '喀什地区喀什市', trade: '焊工', ...row, demand: null, gap: null },
  ],
};
const employment = (groupBy: EmploymentGroup): EmploymentFigures => ({ groupBy, minGroupSize: 5, note: '涉及不足 5 人，不显示', rows: [] });

function mounted<T>(make: () => T): T {
  let made!: T;
  mount(defineComponent({ setup: () => ((made = make()), () => null) }));
  return made;
}

describe('the demand figures page', () => {
  it('says why a count is missing, and words rates, days and gaps', () => {
    expect(peopleText(null)).toBe('不显示');
    expect(peopleText(0)).toBe('0');
    expect(rateText(0.833, 5)).toBe('83.3%');
    expect(rateText(null, null)).toBe('不显示');
    expect(rateText(null, 0)).toBe('—');
    expect(daysText(30, 5)).toBe('30 天');
    expect(daysText(null, 0)).toBe('—');
    expect(daysText(null, null)).toBe('不显示');
    expect([gapText(6), gapText(-3), gapText(0), gapText(null)]).toEqual(['+6', '-3', '0', '不显示']);
  });

  it('colours the map by each district’s demand, or by one trade’s, and greys what is withheld', () => {
    expect(mapRows(figures, '')).toEqual([
      { areaCode: '650109', areaName: '乌鲁木齐市米东区', value: 6 },
      { areaCode: '653101', areaName: '喀什地区喀什市', value: null },
    ]);
    expect(mapRows(figures, '焊工')).toEqual([{ areaCode: '653101', areaName: '喀什地区喀什市', value: null }]);
    expect(mapRows(undefined, '')).toEqual([]);
    expect(demandColour(null, 40)).toBe(withheldColour);
    expect(demandColour(0, 40)).toBe(noneColour);
    expect([5, 7, 8, 39, 40].map((v) => demandColour(v, 40))).toEqual([0, 0, 1, 4, 4].map((i) => demandSteps[i]));
    expect(legendSteps(40).map((s) => s.from)).toEqual([1, 8, 16, 24, 32]);
    expect(legendSteps(5).map((s) => s.from)).toEqual([1, 2, 3, 4]);
  });

  it('opens on the busiest district and those near it, not on every district in the country', () => {
    const at = (code: string, value: number | null, lng: number, lat: number) => ({ code, value, centre: { lng, lat } });
    const found = [at('653101', 36, 76, 39.5), at('653122', null, 76.1, 39.3), at('650109', 19, 87.6, 44), at('330102', 0, 120.2, 30.2)];
    expect(openingDistricts(found).map((d) => d.code)).toEqual(['653101', '653122']);
    expect(openingDistricts([at('330102', 0, 120.2, 30.2)]).map((d) => d.code)).toEqual(['330102']);
  });

  it('loads both figures, reloads employment for another grouping and exports the files', async () => {
    const asked: EmploymentGroup[] = [];
    const exported: string[] = [];
    const file = {
      data: new Blob(['x']),
      filename: 'f.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
    const deps: DemandApi = {
      demandFigures: async () => figures,
      employmentFigures: async (groupBy) => (asked.push(groupBy), employment(groupBy)),
      exportShortageList: async () => (exported.push('shortage'), file),
      exportEmploymentFigures: async (groupBy) => (exported.push(`employment:${groupBy}`), file),
    };
    URL.createObjectURL = () => 'blob:x';
    URL.revokeObjectURL = () => undefined;
    HTMLAnchorElement.prototype.click = () => undefined;
    const demand = mounted(() => useDemand(deps));
    await flushPromises();
    expect(demand.figures.value?.shortage).toHaveLength(2);
    expect(demand.employment.value?.groupBy).toBe('class');
    demand.groupBy.value = 'employer';
    await flushPromises();
    expect(asked).toEqual(['class', 'employer']);
    await demand.exportShortage();
    await demand.exportEmployment();
    expect(exported).toEqual(['shortage', 'employment:employer']);
  });
});
