import type { z } from 'zod';
import { fieldErrorsFromZod, fieldLabel, findFieldLabel } from '../index.js';

// Test helpers that sweep request schemas with an empty object and with wrong values in each field, and report
// every message that would not read as a sentence for people. Used here and by the contract's operations test.

export type NamedSchema = [name: string, schema: z.ZodType];

interface SchemaTree {
  /** Paths of every field, list positions as 0 ("sites", 0, "name"). */
  paths: (string | number)[][];
  /** Every value of every enum and literal inside. */
  choices: unknown[];
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, unknown>;
  values?: unknown[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Walks a schema through its wrappers, pipes, lists, objects and unions. */
export function treeOf(schema: z.ZodType): SchemaTree {
  const tree: SchemaTree = { paths: [], choices: [] };
  const walk = (s: z.ZodType, path: (string | number)[]) => {
    const def = defOf(s);
    if (wrappers.has(def.type)) return walk(def.innerType!, path);
    if (def.type === 'pipe') {
      walk(def.in!, path);
      return walk(def.out!, path);
    }
    if (def.type === 'array') return walk(def.element!, [...path, 0]);
    if (def.type === 'union') return def.options!.forEach((o) => walk(o, path));
    if (def.type === 'enum') tree.choices.push(...Object.values(def.entries!));
    if (def.type === 'literal') tree.choices.push(...def.values!);
    if (def.type === 'object') {
      for (const [key, field] of Object.entries(def.shape!)) {
        tree.paths.push([...path, key]);
        walk(field, [...path, key]);
      }
    }
  };
  walk(schema, []);
  return tree;
}

/** `{}` with `value` placed at `path`, creating the objects and lists on the way. */
export function withValueAt(path: (string | number)[], value: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let at: Record<string | number, unknown> = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) at[key] = value;
    else at = (at[key] ??= typeof path[i + 1] === 'number' ? [] : {}) as Record<string | number, unknown>;
  });
  return root;
}

/** Fields the table of labels does not name, as "schema: path". */
export function unlabelledFields(schemas: NamedSchema[]): string[] {
  return schemas.flatMap(([name, s]) =>
    treeOf(s)
      .paths.filter((p) => !findFieldLabel(p))
      .map((p) => `${name}: ${p.join('.')}`),
  );
}

const zodWords = [
  '期望',
  'expected',
  'Expected',
  'Invalid',
  'invalid',
  '无效输入',
  '无效选项',
  'instanceof',
  'undefined',
  'NaN',
  'string',
  'number',
  'object',
  'array',
  'boolean',
  '>=',
  '<=',
];

/** Schema messages that already say everything without repeating the field's name. */
const standalone = new Set(['请阅读并同意个人信息使用说明', '不允许的字段', '附近位置与地图范围不能同时使用', '未知的时区']);

const wrongValues: unknown[] = [
  undefined,
  null,
  '',
  '   ',
  0,
  -1,
  1.5,
  1e12,
  'x',
  'x'.repeat(1001),
  'not_a_choice',
  true,
  [],
  ['not_a_choice'],
  {},
  Number.NaN,
  '1,2,3',
];

/**
 * Every message, for an empty request, a request that is not an object and a wrong value in each field, that
 * shows zod's own words or an enum's code, or does not name its field; each as "schema input → path: message (why)".
 */
export function unplainMessages(schemas: NamedSchema[]): string[] {
  const choices = [...new Set(schemas.flatMap(([, s]) => treeOf(s).choices))].filter(
    (c): c is string => typeof c === 'string' && /[a-z]/i.test(c),
  );
  const showsCode = (message: string) => choices.find((c) => new RegExp(`(^|[^A-Za-z0-9_])${c}([^A-Za-z0-9_]|$)`).test(message));

  const check = (name: string, schema: z.ZodType, input: unknown): string[] => {
    const result = schema.safeParse(input);
    if (result.success) return [];
    const found: string[] = [];
    for (const issue of result.error.issues) {
      const where = `${name} ${JSON.stringify(input)?.slice(0, 80)} → ${issue.path.join('.') || '(root)'}: ${issue.message}`;
      const word = zodWords.find((w) => issue.message.includes(w));
      if (word) found.push(`${where} (zod's "${word}")`);
      const code = showsCode(issue.message);
      if (code) found.push(`${where} (shows the code "${code}")`);
      if (!standalone.has(issue.message) && !issue.message.includes(fieldLabel(issue.path)))
        found.push(`${where} (does not name ${fieldLabel(issue.path)})`);
    }
    for (const e of fieldErrorsFromZod(result.error, 'body')) if (!e.message) found.push(`${name}: empty message for ${e.field}`);
    return found;
  };

  return schemas.flatMap(([name, schema]) => [
    ...[{}, null, 'x', 3, []].flatMap((input) => check(name, schema, input)),
    ...treeOf(schema).paths.flatMap((path) => wrongValues.flatMap((v) => check(name, schema, withValueAt(path, v)))),
  ]);
}
