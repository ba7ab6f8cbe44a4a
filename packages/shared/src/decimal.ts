import { z } from 'zod';
import './locale.js';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A number written in decimal digits ("12", "-0.5", "87.62"), or undefined. `Number` reads far more — "0x57" as 87,
 * "1e3", " 7 " and "" as 0 — so a query read with it answers as if a wrong value were right.
 */
export function parseDecimal(value: string): number | undefined {
  return DECIMAL.test(value) ? Number(value) : undefined;
}

/** `count` decimal numbers separated by commas ("87.62,43.83"), or undefined. */
export function parseDecimalList(value: string, count: number): number[] | undefined {
  const numbers = value.split(',').map(parseDecimal);
  return numbers.length === count && numbers.every((n) => n !== undefined) ? (numbers as number[]) : undefined;
}

/**
 * A number from a query string, in decimal digits only; any other text reaches `schema` as NaN, an unreadable number
 * ("请填写有效的页码"). Every number a query carries goes through this: `queryNumber(z.number().int().min(1))`.
 */
export function queryNumber<T extends z.ZodType<number>>(schema: T) {
  return z.preprocess((v) => (typeof v === 'string' ? (parseDecimal(v) ?? Number.NaN) : v), schema);
}
