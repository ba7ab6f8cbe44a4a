import { z } from 'zod';
import './locale.js';
import { labelled } from './field-labels.zh-CN.js';

/**
 * National administrative division codes (GB/T 2260 and the statistical extension): 6 digits down to the county
 * (e.g. 650109 米东区), 9 for a township or street, 12 for a community or village.
 */
export const areaCodeSchema = z
  .string()
  .regex(/^\d{6}(\d{3}(\d{3})?)?$/, labelled('须为 6、9 或 12 位数字'))
  .meta({ id: 'AreaCode', description: 'Administrative division code (6, 9 or 12 digits)', example: '650109' });

/**
 * The significant prefix of a code: trailing all-zero levels are dropped, so 650000 (Xinjiang) → "65",
 * 650100 (Urumqi) → "6501", 650109 (Midong) → "650109", 650109001000 → "650109001".
 */
export function areaPrefix(code: string): string {
  const levels = [2, 4, 6, 9, 12];
  let prefix = code;
  for (let i = levels.length - 1; i > 0; i--) {
    const end = levels[i]!;
    const start = levels[i - 1]!;
    if (prefix.length === end && /^0+$/.test(prefix.slice(start))) prefix = prefix.slice(0, start);
  }
  return prefix;
}

/** True when `itemArea` lies inside `scopeArea` (a code is inside itself). */
export function isWithinArea(scopeArea: string, itemArea: string): boolean {
  return itemArea.startsWith(areaPrefix(scopeArea));
}
