import { z } from 'zod';
import { fieldLabel } from './field-labels.zh-CN.js';

// Validation messages reach riders and staff: each names the field in Chinese and says what is wrong, in place
// of zod's own wording ("期望 string >=2 字符", lists of enum values). A schema's own message still wins.

type Issue = z.core.$ZodRawIssue;

const isBlank = (v: unknown) => v === undefined || v === null || v === '';

const typeNames: Record<string, string> = { string: '文字', number: '数字', int: '整数', boolean: '“是”或“否”', array: '列表' };

function invalidType(label: string, issue: Extract<Issue, { code: 'invalid_type' }>): string {
  if (isBlank(issue.input)) return `${label}不能为空`;
  // A form's unset number and a query's unreadable one both arrive as NaN.
  if (Number.isNaN(issue.input) && (issue.expected === 'number' || issue.expected === 'int')) return `请填写有效的${label}`;
  const expected = typeNames[issue.expected];
  return expected ? `${label}须为${expected}` : `${label}格式不正确`;
}

/**
 * What is being measured. A length check on a value of the wrong type reports the value's kind (a list given for
 * a name), so the schema's own type decides.
 */
function originOf(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const type = (issue.schema as { _zod?: { def?: { type?: string } } } | undefined)?._zod?.def?.type;
  return type === 'string' || type === 'array' ? type : issue.origin;
}

function tooSmall(label: string, issue: Extract<Issue, { code: 'too_small' }>): string {
  const n = Number(issue.minimum);
  switch (originOf(issue)) {
    case 'string':
      return n <= 1 || isBlank(issue.input) ? `${label}不能为空` : `${label}至少 ${n} 个字`;
    case 'array':
    case 'set':
      return n <= 1 ? `${label}不能为空` : `${label}至少 ${n} 项`;
    case 'number':
    case 'int':
    case 'bigint':
      return issue.inclusive === false ? `${label}须大于 ${n}` : `${label}不能小于 ${n}`;
    default:
      return `${label}过小`;
  }
}

function tooBig(label: string, issue: Extract<Issue, { code: 'too_big' }>): string {
  const n = Number(issue.maximum);
  switch (originOf(issue)) {
    case 'string':
      return `${label}最多 ${n} 个字`;
    case 'array':
    case 'set':
      return `${label}最多 ${n} 项`;
    case 'number':
    case 'int':
    case 'bigint':
      return issue.inclusive === false ? `${label}须小于 ${n}` : `${label}不能大于 ${n}`;
    default:
      return `${label}过大`;
  }
}

/** A choice among fixed options (an enum, or the `action` of a review) is asked for by name, never by listing codes. */
function choice(label: string, value: unknown): string {
  return isBlank(value) ? `请选择${label}` : `请选择有效的${label}`;
}

/** The plain message for one issue, naming the field by the last key of its path (see field-labels.zh-CN.ts). */
export function plainMessage(issue: Issue): string {
  const label = fieldLabel(issue.path ?? []);
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(label, issue);
    case 'too_small':
      return tooSmall(label, issue);
    case 'too_big':
      return tooBig(label, issue);
    case 'invalid_value':
      return issue.values.length === 1 && !isBlank(issue.input) ? `${label}取值不正确` : choice(label, issue.input);
    case 'invalid_format':
      return isBlank(issue.input) ? `${label}不能为空` : `${label}格式不正确`;
    case 'not_multiple_of':
      return `${label}须为 ${String(issue.divisor)} 的倍数`;
    case 'unrecognized_keys':
      return '不允许的字段';
    case 'invalid_union':
      return issue.discriminator
        ? choice(label, (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator])
        : `${label}格式不正确`;
    default:
      return `${label}不正确`;
  }
}

z.config({ localeError: plainMessage });
