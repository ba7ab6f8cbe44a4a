import { describe, expect, it } from 'vitest';
import { fieldErrorsFromZod, fieldLabel, findFieldLabel } from '../index.js';
import { requestSchemas, treeOf, withValueAt } from './schema-tree.js';

// Every request schema is swept with an empty object and with wrong values in each field, and every message that
// comes out must read as a sentence for people: it names the field in Chinese and never shows zod's own words or
// the codes of an enum.

const zodWords = ['期望', 'expected', 'Expected', 'Invalid', 'invalid', '无效输入', '无效选项', 'instanceof', 'undefined', 'NaN', 'string', 'number', 'object', 'array', 'boolean', '>=', '<='];

const choices = [...new Set(requestSchemas.flatMap(([, s]) => treeOf(s).choices))].filter(
  (c): c is string => typeof c === 'string' && /[a-z]/i.test(c),
);
const showsCode = (message: string) => choices.find((c) => new RegExp(`(^|[^A-Za-z0-9_])${c}([^A-Za-z0-9_]|$)`).test(message));

/** Schema messages that already say everything without repeating the field's name. */
const standalone = new Set(['请阅读并同意个人信息使用说明', '不允许的字段', '附近位置与地图范围不能同时使用', '未知的时区']);

const wrongValues: unknown[] = [undefined, null, '', '   ', 0, -1, 1.5, 1e12, 'x', 'x'.repeat(1001), 'not_a_choice', true, [], ['not_a_choice'], {}, Number.NaN, '1,2,3'];

function problemsOf(name: string, input: unknown): string[] {
  const schema = requestSchemas.find(([n]) => n === name)![1];
  const result = schema.safeParse(input);
  if (result.success) return [];
  const found: string[] = [];
  for (const issue of result.error.issues) {
    const where = `${name} ${JSON.stringify(input)?.slice(0, 80)} → ${issue.path.join('.') || '(root)'}: ${issue.message}`;
    const word = zodWords.find((w) => issue.message.includes(w));
    if (word) found.push(`${where} (zod's "${word}")`);
    const code = showsCode(issue.message);
    if (code) found.push(`${where} (shows the code "${code}")`);
    if (!standalone.has(issue.message) && !issue.message.includes(fieldLabel(issue.path))) found.push(`${where} (does not name ${fieldLabel(issue.path)})`);
  }
  for (const e of fieldErrorsFromZod(result.error, 'body')) if (!e.message) found.push(`${name}: empty message for ${e.field}`);
  return found;
}

describe('messages for people, over every request schema', () => {
  it('finds the request schemas', () => {
    expect(requestSchemas.map(([n]) => n)).toEqual(expect.arrayContaining(['enrollBodySchema', 'createCourseBodySchema', 'createPointBodySchema', 'pointsMapQuerySchema', 'listAccountsQuerySchema']));
    expect(requestSchemas.length).toBeGreaterThanOrEqual(20);
  });

  it('has a Chinese label for every field of every body and query', () => {
    const missing = requestSchemas.flatMap(([name, s]) =>
      treeOf(s)
        .paths.filter((p) => !findFieldLabel(p))
        .map((p) => `${name}: ${p.join('.')}`),
    );
    expect(missing).toEqual([]);
  });

  it('words an empty request plainly', () => {
    expect(requestSchemas.flatMap(([name]) => problemsOf(name, {}))).toEqual([]);
  });

  it('words a wrong value in any field plainly', () => {
    const found = requestSchemas.flatMap(([name, s]) => treeOf(s).paths.flatMap((path) => wrongValues.flatMap((v) => problemsOf(name, withValueAt(path, v)))));
    expect(found).toEqual([]);
  });

  it('words a request that is not an object plainly', () => {
    expect(requestSchemas.flatMap(([name]) => [null, 'x', 3, []].flatMap((v) => problemsOf(name, v)))).toEqual([]);
  });
});
