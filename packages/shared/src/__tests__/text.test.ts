import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as shared from '../index.js';
import { hasForbiddenCharacter, text } from '../index.js';
import { hostileTextsTaken } from './hostile-sweep.js';
import type { NamedSchema } from './message-sweep.js';

/** The rule written out a second time, by ranges, to check the loop against every code unit. */
function forbidden(c: number, multiline: boolean): boolean {
  if (c < 0x20) return !(multiline && [0x09, 0x0a, 0x0d].includes(c));
  return (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || (c >= 0xd800 && c <= 0xdfff);
}

const messageOf = (schema: z.ZodType, value: unknown, field = 'name') => {
  const result = z.strictObject({ [field]: schema }).safeParse({ [field]: value });
  return result.success ? undefined : result.error.issues.map((i) => i.message);
};

describe('hasForbiddenCharacter', () => {
  it('refuses exactly the controls, the bidirectional controls and lone surrogates, over every code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      for (const multiline of [false, true]) {
        if (hasForbiddenCharacter(`甲${String.fromCharCode(c)}乙`, multiline) !== forbidden(c, multiline))
          wrong.push(`${c.toString(16)} ${multiline}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('takes every character outside the basic plane as a pair, and refuses its halves alone or reversed', () => {
    const wrong: number[] = [];
    for (let cp = 0x10000; cp <= 0x10ffff; cp += 97) if (hasForbiddenCharacter(`骑手${String.fromCodePoint(cp)}`)) wrong.push(cp);
    expect(wrong).toEqual([]);
    expect(hasForbiddenCharacter('𠀀😀')).toBe(false);
    const [high, low] = ['😀'.charAt(0), '😀'.charAt(1)];
    expect([high, low, `${low}${high}`, `a${high}`, `${low}a`].map((s) => hasForbiddenCharacter(s))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('lets the direction marks through that Uyghur beside Chinese needs', () => {
    expect(hasForbiddenCharacter('قەشقەر\u200E 喀什 \u200F\u061C')).toBe(false);
  });
});

describe('text()', () => {
  it('trims, then measures, like the strings it replaces', () => {
    const name = text({ min: 2, max: 6 });
    expect(name.parse('  驿站  ')).toBe('驿站');
    expect(messageOf(name, ' 驿 ')).toEqual(['名称至少 2 个字']);
    expect(messageOf(name, '一二三四五六七')).toEqual(['名称最多 6 个字']);
    expect(messageOf(name, '   ')).toEqual(['名称不能为空']);
    expect(messageOf(name, 5)).toEqual(['名称须为文字']);
  });

  it('refuses a forbidden character with a message naming the field, and only that message', () => {
    const name = text({ min: 2, max: 60 });
    expect(messageOf(name, '\u0000')).toEqual(['名称含有不允许的字符（换行、控制字符或文字方向控制符）']);
    expect(messageOf(name, '喀什\u202E站')).toEqual(['名称含有不允许的字符（换行、控制字符或文字方向控制符）']);
    expect(messageOf(name, '第一行\n第二行')).toHaveLength(1);
    expect(messageOf(text({ max: 500, multiline: true }), '第一行\u0007', 'description')).toEqual([
      '简介含有不允许的字符（控制字符或文字方向控制符）',
    ]);
  });

  it('keeps line breaks and tabs inside a field with lines, and drops them at its ends', () => {
    expect(text({ max: 500, multiline: true }).parse('\n 第一行\r\n第二行\t完 \n')).toBe('第一行\r\n第二行\t完');
    expect(text({ max: 60 }).parse('名称\n')).toBe('名称');
  });

  it('takes secrets exactly as sent', () => {
    expect(text({ min: 8, max: 128, trim: false }).parse(' pass word ')).toBe(' pass word ');
    expect(messageOf(text({ min: 1, max: 128, trim: false }), 'secret\u0000', 'password')).toEqual([
      '密码含有不允许的字符（换行、控制字符或文字方向控制符）',
    ]);
  });
});

const requestSchemas = (Object.entries(shared) as [string, unknown][]).filter(
  (entry): entry is NamedSchema => /(Body|Query)Schema$/.test(entry[0]) && typeof (entry[1] as Partial<z.ZodType>).safeParse === 'function',
);

describe('every request schema', () => {
  it('refuses NUL, overrides, isolates, lone surrogates and escapes in every field', () => {
    expect(requestSchemas.length).toBeGreaterThanOrEqual(20);
    expect(hostileTextsTaken([['a plain string', z.strictObject({ name: z.string().trim().min(2) })]])).toHaveLength(6);
    expect(hostileTextsTaken(requestSchemas)).toEqual([]);
  });
});
