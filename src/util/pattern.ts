/**
 * Regular expressions written in rules/ YAML files. They run on every line or on whole reports,
 * so a file may hold only patterns whose matching stays linear in the length of the text.
 */
import { z } from 'zod';
import { lazySchema } from './lazy-schema.js';

/**
 * Why a pattern could take more than linear time, or null. Backtracking stays linear when nothing
 * unbounded repeats what may itself repeat or match anything: no back-reference, no `*`, `+` or
 * `{n,}` after a group or after `.` (bound those: .{0,12}).
 */
export function nonLinearReason(source: string): string | null {
  let previous: 'atom' | 'group' | 'any' = 'atom';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    const braces = ch === '{' ? /^\{\d+(,\d*)?\}/.exec(source.slice(i)) : null;
    if (ch === '\\') {
      if (/[1-9k]/.test(source[i + 1] ?? '')) return '不能使用反向引用';
      i++;
      previous = 'atom';
    } else if (ch === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      previous = 'atom';
    } else if (ch === '*' || ch === '+' || braces?.[1] === ',') {
      if (previous === 'group') return '括号组后不能用不限次数的重复(*、+、{n,})';
      if (previous === 'any') return '. 后不能用不限次数的重复,请写成有上限的 .{0,n}';
      if (braces) i += braces[0].length - 1;
    } else if (braces) {
      i += braces[0].length - 1;
    } else if (ch !== '?') {
      previous = ch === ')' ? 'group' : ch === '.' ? 'any' : 'atom';
    }
  }
  return null;
}

/** The source of a regular expression that compiles and stays linear-time; problems in Chinese. */
export const LinearPattern = lazySchema(() =>
  z
    .string()
    .min(1)
    .superRefine((source, ctx) => {
      try {
        new RegExp(source);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: `正则表达式无效:${(e as Error).message}` });
        return;
      }
      const reason = nonLinearReason(source);
      if (reason) ctx.addIssue({ code: 'custom', message: `正则表达式可能超线性匹配:${reason}` });
    }),
);

/** A linear-time pattern, compiled once (and kept compiled in the disk cache); 'g' for one that counts or replaces every match. */
export const compiledPattern = (flags: '' | 'g' = '') => LinearPattern.transform((source) => new RegExp(source, flags));
