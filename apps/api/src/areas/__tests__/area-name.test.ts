import { describe, expect, it } from 'vitest';
import { areaName } from '../area-name.js';

describe('areaName', () => {
  it('names provinces, cities and counties the way staff say them', () => {
    expect(areaName('650000')).toBe('新疆维吾尔自治区');
    expect(areaName('650100')).toBe('乌鲁木齐市');
    expect(areaName('650109')).toBe('乌鲁木齐市米东区');
    expect(areaName('652327')).toBe('昌吉回族自治州吉木萨尔县');
  });

  it('keeps the code of a community, and of a code it does not know', () => {
    expect(areaName('650109001001')).toBe('乌鲁木齐市米东区（650109001001）');
    expect(areaName('999999')).toBe('999999');
  });
});
