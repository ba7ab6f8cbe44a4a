import type { z } from 'zod';
import type { NamedSchema } from './message-sweep.js';

// A test helper that gives hostile text to every field of request schemas and reports each field that takes it.
// Used here and by the contract's operations test.

/** Text that reads like a value but carries a NUL, a right-to-left override, an isolate, a lone surrogate or an escape. */
export const hostileTexts = [
  '张三李四\u0000',
  '\u202E张三李四',
  '喀什古城\u2066暖心驿站',
  '张三李四\uD800',
  '张三\u001B[31m李四',
  'https://example.com/photos/\u202Egpj.exe',
];

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Each field of a schema with its own schema, through wrappers, pipes, lists and every option of a union. */
function fieldsOf(schema: z.ZodType, path: string[] = []): [string, z.ZodType][] {
  const def = defOf(schema);
  if (wrappers.has(def.type)) return fieldsOf(def.innerType!, path);
  if (def.type === 'pipe') return [...fieldsOf(def.in!, path), ...fieldsOf(def.out!, path)];
  if (def.type === 'array') return fieldsOf(def.element!, [...path, '0']);
  if (def.type === 'union') return def.options!.flatMap((o) => fieldsOf(o, path));
  if (def.type !== 'object') return [];
  return Object.entries(def.shape!).flatMap(([key, field]) => [
    [[...path, key].join('.'), field] as [string, z.ZodType],
    ...fieldsOf(field, [...path, key]),
  ]);
}

/** Every field of every schema that takes one of `hostileTexts`, as "schema: field took value". */
export function hostileTextsTaken(schemas: NamedSchema[]): string[] {
  return schemas.flatMap(([name, schema]) =>
    fieldsOf(schema).flatMap(([path, field]) =>
      hostileTexts.filter((value) => field.safeParse(value).success).map((value) => `${name}: ${path} took ${JSON.stringify(value)}`),
    ),
  );
}
