import { z } from 'zod';
import './locale.js';
import { labelled } from './field-labels.zh-CN.js';

/**
 * Whether a text holds a character no field takes: the C0 controls (NUL, ESC, …; tab and line breaks only where
 * the field has lines), DEL and the C1 controls, the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) that make a text read differently from what it holds, and lone surrogates (half a
 * character, which no valid UTF-8 carries). The marks LRM, RLM and ALM (U+200E, U+200F, U+061C) are let through:
 * Uyghur written beside Chinese and digits needs them, and they reorder nothing beyond their neighbours.
 * A plain loop over code units, not a regex with look-behind, which older WeChat runtimes lack.
 */
export function hasForbiddenCharacter(value: string, multiline = false): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20) {
      if (multiline && (c === 0x09 || c === 0x0a || c === 0x0d)) continue;
      return true;
    }
    if ((c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return true;
    }
  }
  return false;
}

export interface TextOptions {
  min?: number;
  max: number;
  /** Tabs and line breaks allowed inside (descriptions, notes, reasons); one line otherwise. */
  multiline?: boolean;
  /** Spaces at the ends removed first (true); false for secrets and tokens, taken exactly as sent. */
  trim?: boolean;
}

const refusal = (multiline: boolean) =>
  labelled(multiline ? '含有不允许的字符（控制字符或文字方向控制符）' : '含有不允许的字符（换行、控制字符或文字方向控制符）');

/**
 * The one text type of every request field people or programs type into: trimmed, then refused when it holds a
 * character `hasForbiddenCharacter` names (before its length is judged, so the message says what is wrong), then
 * measured. `text({ min: 2, max: 60 })` in place of `z.string().trim().min(2).max(60)`.
 */
export function text({ min, max, multiline = false, trim = true }: TextOptions) {
  const base = trim ? z.string().trim() : z.string();
  const clean = base.refine((s) => !hasForbiddenCharacter(s, multiline), { ...refusal(multiline), abort: true });
  return (min === undefined ? clean : clean.min(min)).max(max);
}
