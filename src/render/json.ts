import type { Scorecard } from '../engine/schema.js';

/**
 * `check --format json`: the Scorecard as it is. Evaluation builds it in the schema's shape and key
 * order (test/engine/schema-order.test.ts holds it to Scorecard.parse of itself), so it is written
 * without parsing it again: zod's copy cost a batch worker some 0.3 ms and 400 KB a report.
 */
export function renderJson(scorecard: Scorecard): string {
  return `${JSON.stringify(scorecard, null, 2)}\n`;
}

/**
 * The same text in pieces, for a batch to write as they come: as one string, the JSON of a 25 KB
 * report is some 90 K characters, laid out in V8's large-object space (see renderHtmlChunks);
 * in pieces of up to ~20 K characters it was stringified and encoded in a third of the time.
 */
export function* renderJsonChunks(scorecard: Scorecard): Generator<string> {
  yield* prettyJson(scorecard);
  yield '\n';
}

/** Array members stringified at once: the fewer calls the cheaper, as long as a piece stays small (~20 K characters of results). */
const RUN = 24;

/**
 * What JSON.stringify(value, null, 2) writes, in pieces: each member of an object stringified on
 * its own, indented as it stands in the whole, and a long array's members RUN at a time.
 */
export function* prettyJson(value: unknown): Generator<string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || 'toJSON' in value) {
    yield JSON.stringify(value, null, 2);
    return;
  }
  const object = value as Record<string, unknown>;
  let open = '{';
  for (const key of Object.keys(object)) {
    const member = object[key];
    // what JSON.stringify leaves out of an object
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    const label = `${open}\n  ${JSON.stringify(key)}: `;
    open = ',';
    if (Array.isArray(member) && member.length > RUN) yield* arrayRuns(member, label);
    else {
      // apart: joined, the two would be copied whole to be written (a slice is written where it lies)
      yield label;
      yield stringifyMember(member);
    }
  }
  yield open === '{' ? '{}' : '\n}';
}

/** A member array, RUN members a piece. */
function* arrayRuns(array: readonly unknown[], label: string): Generator<string> {
  for (let i = 0; i < array.length; i += RUN) {
    // the run as an array inside one more, which V8 indents as the members stand: '[\n  [\n    ' … '\n  ]\n]' cut off
    const text = JSON.stringify([array.slice(i, i + RUN)], null, 2);
    yield i === 0 ? `${label}[\n    ` : ',\n    ';
    yield text.slice(10, text.length - 6);
  }
  yield '\n  ]';
}

/**
 * JSON.stringify(value, null, 2) as a member of an object stands in it: stringified inside an
 * array, which V8 indents, and cut out of it ('[\n  ' … '\n]'; indenting a copy line by line cost more).
 */
function stringifyMember(value: unknown): string {
  const text = JSON.stringify([value], null, 2);
  return text.slice(4, text.length - 2);
}
