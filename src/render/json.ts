import { Scorecard } from '../engine/schema.js';

/** `check --format json`: the Scorecard, validated against its schema so consumers can trust it. */
export function renderJson(scorecard: Scorecard): string {
  return `${JSON.stringify(Scorecard.parse(scorecard), null, 2)}\n`;
}

/**
 * The same text in pieces (a member, a result at a time), for a batch to write as they come: written
 * as one string, the JSON of a 25 KB report is some 90 K characters, laid out in V8's large-object
 * space (see renderHtmlChunks). Stringifying in pieces costs more than at once (~1 ms a report),
 * which pays off only where the text is written to a file.
 */
export function* renderJsonChunks(scorecard: Scorecard): Generator<string> {
  yield* prettyJson(Scorecard.parse(scorecard), 2);
  yield '\n';
}

/**
 * What JSON.stringify(value, null, 2) writes, in pieces: down to `depth` levels, each member of an
 * object or an array is stringified on its own, indented as it stands in the whole.
 */
export function* prettyJson(value: unknown, depth: number, level = 0): Generator<string> {
  if (depth === 0 || typeof value !== 'object' || value === null || 'toJSON' in value) {
    yield stringifyAt(value, level);
    return;
  }
  const array = Array.isArray(value);
  // what JSON.stringify leaves out of an object, and writes as null in an array
  const unwritten = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';
  const members: Array<[label: string, value: unknown]> = array
    ? value.map((v: unknown) => ['', unwritten(v) ? null : v])
    : Object.entries(value).flatMap(([key, v]) => (unwritten(v) ? [] : [[`${JSON.stringify(key)}: `, v] as [string, unknown]]));
  const [open, close] = array ? ['[', ']'] : ['{', '}'];
  if (members.length === 0) {
    yield open + close;
    return;
  }
  const indent = '  '.repeat(level);
  for (const [i, [label, member]] of members.entries()) {
    yield `${i === 0 ? open : ','}\n${indent}  ${label}`;
    yield* prettyJson(member, depth - 1, level + 1);
  }
  yield `\n${indent}${close}`;
}

/**
 * JSON.stringify(value, null, 2) as it stands `level` levels deep: stringified inside as many
 * arrays, which V8 indents, and cut out of them (indenting a copy line by line cost more).
 */
function stringifyAt(value: unknown, level: number): string {
  let wrapped = value;
  for (let i = 0; i < level; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // each level opens with '[\n' and its indent, and closes with '\n', the indent and ']'
  return text.slice(level * (level + 3), text.length - level * (level + 1));
}
