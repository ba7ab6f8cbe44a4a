import type { z } from 'zod';

/**
 * What a caller may give for one query value: what the schema takes, and also the value it parses to when that is
 * easier to write: a list for a comma-separated field (`kinds`), a boolean for 'true'/'false', a number for a
 * coerced number.
 */
type QueryValue<In, Out> = unknown extends In
  ? Out
  : | In
    | (NonNullable<Out> extends readonly (string | number)[] ? NonNullable<Out> : never)
    | (NonNullable<Out> extends boolean ? boolean : never);

export type QueryInput<S extends z.ZodType> = {
  [K in keyof z.input<S>]: QueryValue<z.input<S>[K], K extends keyof z.output<S> ? z.output<S>[K] : never>;
};

type Scalar = string | number | boolean;
type QueryRecord = Record<string, Scalar | readonly Scalar[] | null | undefined>;

/**
 * `?a=1&kinds=x,y` from a query object. Lists are joined by commas; undefined, null and empty lists are left out, so
 * the schema's default applies to what the user did not choose.
 */
export function queryString(query: object | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query as QueryRecord)) {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
