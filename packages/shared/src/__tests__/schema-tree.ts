import type { z } from 'zod';
import * as shared from '../index.js';

/** Every request schema shared exports: bodies and queries, named `…BodySchema` / `…QuerySchema`. */
export const requestSchemas = (Object.entries(shared) as [string, unknown][]).filter(
  (entry): entry is [string, z.ZodType] => /(Body|Query)Schema$/.test(entry[0]) && typeof (entry[1] as Partial<z.ZodType>).safeParse === 'function',
);

export interface SchemaTree {
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
