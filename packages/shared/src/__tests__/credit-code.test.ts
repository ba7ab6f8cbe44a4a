import { describe, expect, it } from 'vitest';
import { creditCodeCheck, creditCodeSchema, isValidCreditCode } from '../credit-code.js';

describe('统一社会信用代码', () => {
  it('accepts codes whose last character is the check character, in any case', () => {
    const first17 = '91650100MA77U8XK3';
    const code = first17 + creditCodeCheck(first17)!;
    expect(isValidCreditCode(code)).toBe(true);
    expect(creditCodeSchema.parse(` ${code.toLowerCase()} `)).toBe(code);
  });

  it('refuses a changed character, a wrong length and letters outside the charset, naming the field', () => {
    const first17 = '91110000100000000';
    const code = first17 + creditCodeCheck(first17)!;
    const changed = `${code.slice(0, 5)}${code[5] === '1' ? '2' : '1'}${code.slice(6)}`;
    expect(isValidCreditCode(changed)).toBe(false);
    expect(isValidCreditCode(code.slice(0, 17))).toBe(false);
    expect(creditCodeCheck('9111000010000000I')).toBeUndefined();
    const result = creditCodeSchema.safeParse('91110000100000000X');
    expect(result.success).toBe(false);
  });

  it('knows a published code: 国家电网有限公司 91110000710925462X', () => {
    expect(isValidCreditCode('91110000710925462X')).toBe(true);
  });
});
