import { z } from 'zod';
import './locale.js';
import { labelled } from './field-labels.zh-CN.js';

/** The 31 characters of a 统一社会信用代码 (GB 32100-2015): digits and capitals without I, O, S, V, Z. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of a code's first 17 characters, or undefined when one is outside the charset. */
export function creditCodeCheck(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i] ?? '');
    if (value < 0) return undefined;
    sum += value * WEIGHTS[i]!;
  }
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** Whether a text is a well-formed 统一社会信用代码: 18 characters whose last is the check character. */
export function isValidCreditCode(code: string): boolean {
  return code.length === 18 && creditCodeCheck(code.slice(0, 17)) === code[17];
}

export const creditCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidCreditCode, labelled('须为 18 位统一社会信用代码，且校验位正确'))
  .meta({ id: 'CreditCode', description: '统一社会信用代码 (GB 32100-2015), check character verified', example: '91650109MA78C1HQ08' });
