import type { z } from 'zod';
import type { AnswerOf, FileAnswer, Operation, OperationId, Operations } from '@yilu/contract';
import type { QueryInput } from './query.js';

/** A part the caller must give when the schema has a required key, and may leave out otherwise. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends T`: can T be empty (no required key)?
type Part<K extends string, T> = {} extends T ? { [P in K]?: T } : { [P in K]: T };

/** What a call takes: each of the operation's parts (what the client sends: the schemas' input), plus a signal. */
export type InputOf<O extends Operation, Upload = unknown> = (O extends { params: infer S extends z.ZodType }
  ? { params: z.input<S> }
  : unknown) &
  (O extends { query: infer S extends z.ZodType } ? Part<'query', QueryInput<S>> : unknown) &
  (O extends { body: infer S extends z.ZodType } ? Part<'body', z.input<S>> : unknown) &
  (O extends { upload: object } ? { file: Upload; onProgress?: (percent: number) => void } : unknown) & { signal?: AbortSignal };

/** A file the API answered with, in the platform's form (a Blob from fetch), under the name the API gave it. */
export interface FileResult<Download = unknown> {
  data: Download;
  filename: string | undefined;
  contentType: string | undefined;
}

type AnswersOf<O extends Operation> = O['responses'][keyof O['responses']];

/** What a call resolves to: the JSON answer typed by the contract, or the file. */
export type ResultOf<O extends Operation, Download = unknown> = [Extract<AnswersOf<O>, FileAnswer>] extends [never]
  ? AnswerOf<O>
  : FileResult<Download>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends I`: can I be empty (no required key)?
type ArgsOf<I> = {} extends I ? [input?: I] : [input: I];

export type Call<O extends Operation, Upload = unknown, Download = unknown> = (
  ...args: ArgsOf<InputOf<O, Upload>>
) => Promise<ResultOf<O, Download>>;

/** One method per contract operation: `client.enroll({ params: { id }, body })`. */
export type ClientMethods<Upload = unknown, Download = unknown> = {
  [K in OperationId]: Call<Operations[K], Upload, Download>;
};

/** The input of one operation by id, and its parts: `BodyOf<'createPoint'>` is what a form sends. */
export type Input<K extends OperationId> = InputOf<Operations[K]>;
export type BodyOf<K extends OperationId> = 'body' extends keyof Input<K> ? NonNullable<Input<K>['body' & keyof Input<K>]> : never;
export type QueryOf<K extends OperationId> = 'query' extends keyof Input<K> ? NonNullable<Input<K>['query' & keyof Input<K>]> : never;
export type Answer<K extends OperationId> = ResultOf<Operations[K]>;
