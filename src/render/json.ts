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
export function* prettyJson(value: unknown, depth: number, indent = ''): Generator<string> {
  if (depth === 0 || typeof value !== 'object' || value === null || 'toJSON' in value) {
    yield JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
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
  const inner = `${indent}  `;
  for (const [i, [label, member]] of members.entries()) {
    yield `${i === 0 ? open : ','}\n${inner}${label}`;
    yield* prettyJson(member, depth - 1, inner);
  }
  yield `\n${indent}${close}`;
}
