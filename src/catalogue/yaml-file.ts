import { isUtf8 } from 'node:buffer';
import { promises as fs, readFileSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Yaml from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';
import type { z } from 'zod';
import { UserError } from '../errors.js';
import { describeOpenError, isSymbolicLink } from '../util/fs-errors.js';
import { firstUnsafeInLines } from '../util/printable.js';

const require = createRequire(import.meta.url);
let library: typeof Yaml | null = null;
/** The YAML parser, loaded on first use: a start-up whose data comes from the disk cache parses no YAML. */
export const yamlLibrary = (): typeof Yaml => (library ??= require('yaml') as typeof Yaml);

/** One thing wrong with the catalogue, the way a linter reports it. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  /** Chinese, for the user */
  message: string;
}

/** Limits that keep a hostile or broken file from exhausting memory or the stack. */
export const YAML_LIMITS = {
  /** the largest file of ours has 44 KB; the parser needs some 6 s and 400 MB per MB of flow collections */
  maxBytes: 1 << 18,
  maxDepth: 32,
  maxAliasCount: 100,
  /**
   * collections and values: the largest file of ours has some 2,500; checking 100,000 empty
   * entries against a schema took half a minute and a gigabyte
   */
  maxNodes: 20_000,
} as const;

/**
 * The byte limit of the package's own rules files (rules/*.yaml, read by readChecked): they are ours and
 * grow with every wording the extractor learns (passes.yaml passed 256 KiB), while a user's catalogue,
 * tailoring or attestation file keeps YAML_LIMITS.maxBytes.
 */
export const RULES_MAX_BYTES = 1 << 20;

/** A parsed YAML file that can say where any of its values is written. */
export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** the plain value; undefined when the file could not be read safely */
  data: unknown;
}

export type PathKey = string | number;

export function problemAt(source: Pick<YamlSource, 'file' | 'doc' | 'lineCounter'>, path: readonly PathKey[], message: string, atKey = false): Problem {
  const { line, col } = source.lineCounter.linePos(offsetOf(source.doc, path, atKey));
  return { file: source.file, line, column: col, message };
}

/** Where in its file a node is written (an example, an indicator): file:line:col. */
export interface Origin {
  file: string;
  line: number;
  column: number;
}

/** Where the node at `path` of a YAML file is written. */
export function originAt(source: Pick<YamlSource, 'file' | 'doc' | 'lineCounter'>, path: readonly PathKey[]): Origin {
  const { file, line, column } = problemAt(source, path, '');
  return { file, line, column };
}

/** The pass and fail examples written under `base` of a YAML file (its `examples: { pass, fail }`), each with where it is written. */
export function examplesAt(
  source: Pick<YamlSource, 'file' | 'doc' | 'lineCounter'>,
  examples: { readonly pass: readonly string[]; readonly fail: readonly string[] },
  base: readonly PathKey[] = [],
): Array<{ expected: 'pass' | 'fail'; text: string; origin: Origin }> {
  return (['pass', 'fail'] as const).flatMap((expected) =>
    examples[expected].map((text, k) => ({ expected, text, origin: originAt(source, [...base, 'examples', expected, k]) })),
  );
}

/** Relative to the working directory when inside it, the way compilers print paths. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Reads and parses one YAML file; every problem is returned, nothing is thrown. */
export async function readYaml(
  file: string,
  displayName: string,
  maxBytes: number = YAML_LIMITS.maxBytes,
): Promise<{ source: YamlSource | null; problems: Problem[] }> {
  let bytes: Buffer;
  try {
    const refused = refusal(await fs.stat(file), displayName, maxBytes);
    if (refused) return { source: null, problems: [refused] };
    bytes = await fs.readFile(file);
  } catch (error) {
    return { source: null, problems: [unreadable(error, file, displayName)] };
  }
  return parseYamlBytes(bytes, displayName);
}

/** readYaml for data that a synchronous stage builds on first use (the document stage's wording). */
export function readYamlSync(file: string, displayName: string, maxBytes: number = YAML_LIMITS.maxBytes): { source: YamlSource | null; problems: Problem[] } {
  let bytes: Buffer;
  try {
    const refused = refusal(statSync(file), displayName, maxBytes);
    if (refused) return { source: null, problems: [refused] };
    bytes = readFileSync(file);
  } catch (error) {
    return { source: null, problems: [unreadable(error, file, displayName)] };
  }
  return parseYamlBytes(bytes, displayName);
}

/**
 * YAML is UTF-8 here. A file saved as GBK or UTF-16 (Notepad's ANSI and Unicode) would read as
 * garbled values, reported as wrong values; it is refused where the first undecodable byte is.
 */
function parseYamlBytes(bytes: Buffer, displayName: string): { source: YamlSource | null; problems: Problem[] } {
  const text = bytes.toString('utf8');
  if (isUtf8(bytes) && !text.includes('\0')) return parseYaml(text, displayName);
  const before = text.slice(0, text.search(/[\0\uFFFD]/));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return { source: null, problems: [{ file: displayName, line, column, message: '不是 UTF-8 编码的文本(可能是 GBK 或 UTF-16);请用 UTF-8 编码另存后再试' }] };
}

/** Why a path is not read as YAML: not a file, or too large. */
function refusal(stat: Stats, displayName: string, maxBytes: number): Problem | null {
  const at = (message: string): Problem => ({ file: displayName, line: 1, column: 1, message });
  if (stat.isDirectory()) return at('是目录,不是文件;请给出 YAML 文件的路径');
  if (!stat.isFile()) return at('不是普通文件(是设备、管道或套接字);请给出 YAML 文件的路径');
  return stat.size > maxBytes ? at(`文件过大(${stat.size} 字节,上限 ${maxBytes} 字节)`) : null;
}

/** Chinese words for why: an error code (ELOOP) reached the user as it was. */
function unreadable(error: unknown, file: string, displayName: string): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  const message = code === 'ENOENT' && !isSymbolicLink(file) ? '文件不存在' : `无法读取文件:${describeOpenError(file, error)}`;
  return { file: displayName, line: 1, column: 1, message };
}

export function parseYaml(text: string, displayName: string): { source: YamlSource | null; problems: Problem[] } {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true, strict: true });
  } catch (error) {
    // the parser recurses; absurd nesting can still exhaust the stack
    return { source: null, problems: [{ file: displayName, line: 1, column: 1, message: `无法解析 YAML:${describeParserFailure(error)}` }] };
  }
  const source: YamlSource = { file: displayName, doc, lineCounter, data: undefined };
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    if (error.code === 'RESOURCE_EXHAUSTION') {
      // the parser gives up on every level of the nesting; one message says it
      if (!problems.some((p) => p.message.startsWith('嵌套过深'))) {
        problems.push({ file: displayName, line: pos.line, column: pos.col, message: `嵌套过深(超过 ${YAML_LIMITS.maxDepth} 层)` });
      }
      continue;
    }
    problems.push({ file: displayName, line: pos.line, column: pos.col, message: `YAML 语法错误:${yamlErrorMessage(error.code, error.message)}` });
  }
  if (problems.length > 0) return { source, problems };
  const tooLarge = shapeProblem(doc.contents);
  if (tooLarge) return { source, problems: [positioned(source, tooLarge.node, tooLarge.message)] };
  try {
    source.data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (error) {
    const message =
      error instanceof ReferenceError
        ? `别名(&/*)展开过多,疑似"十亿笑声"式攻击,已拒绝(上限 ${YAML_LIMITS.maxAliasCount})`
        : `无法读取 YAML 内容:${describeParserFailure(error)}`;
    return { source, problems: [{ file: displayName, line: 1, column: 1, message }] };
  }
  return { source, problems: [] };
}

/** What a YAML file checked against its schema holds: the data, or the problems at file:line:col. */
export interface Checked<T extends z.ZodType> {
  data: z.output<T> | null;
  source: YamlSource | null;
  problems: Problem[];
}

/** A rules file read and checked against its schema (problems name it as displayPath does). */
export function readCheckedSync<T extends z.ZodType>(file: string, schema: T): Checked<T> {
  return checkedAgainst(readYamlSync(file, displayPath(file), RULES_MAX_BYTES), schema);
}

/** readCheckedSync, reading the file without blocking. */
export async function readChecked<T extends z.ZodType>(file: string, schema: T): Promise<Checked<T>> {
  return checkedAgainst(await readYaml(file, displayPath(file), RULES_MAX_BYTES), schema);
}

/** A YAML file as read, checked against its schema: the data, or the problems at file:line:col. */
function checkedAgainst<T extends z.ZodType>(read: { source: YamlSource | null; problems: Problem[] }, schema: T): Checked<T> {
  const { source, problems } = read;
  if (!source || problems.length > 0) return { data: null, source, problems };
  const parsed = schema.safeParse(source.data);
  if (!parsed.success) return { data: null, source, problems: schemaProblems(source, parsed.error) };
  return { data: parsed.data, source, problems: [] };
}

/** zod issues mapped back onto the YAML nodes they are about. */
export function schemaProblems(source: YamlSource, error: z.ZodError, basePath: readonly PathKey[] = []): Problem[] {
  return error.issues.map((issue) => {
    const path = [...basePath, ...(issue.path as PathKey[])];
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0] ?? '';
      return problemAt(source, [...path, key], `未知字段 '${issue.keys.join("'、'")}'`, true);
    }
    return problemAt(source, path, describeIssue(issue));
  });
}

const CJK = /[\u4e00-\u9fff]/;

/** zod speaks English; our schemas' own messages are Chinese and are kept. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? `'${issue.path.map(String).join('.')}' ` : '';
  if (CJK.test(issue.message)) return `${field}${issue.message}`;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.message.includes('received undefined')) return `缺少必填字段 ${field}`.trimEnd();
      // .inf and .nan are YAML numbers, but no sum or comparison survives them
      if (/received (Infinity|NaN)$/.test(issue.message)) return `${field}应为有限的数,不能是无穷大或 NaN`;
      return `${field}类型应为 ${typeName(issue.expected)}`;
    case 'invalid_value':
      return `${field}取值无效,应为 ${issue.values.map((v) => JSON.stringify(v)).join(' | ')} 之一`;
    case 'invalid_union':
      return 'options' in issue && Array.isArray((issue as { options?: unknown[] }).options)
        ? `${field}取值无效,应为 ${(issue as { options: unknown[] }).options.map((v) => JSON.stringify(v)).join(' | ')} 之一`
        : `${field}不符合任何一种允许的写法`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${field}至少需要 ${String(issue.minimum)} 项`
        : issue.origin === 'string'
          ? `${field}至少需要 ${String(issue.minimum)} 个字符`
          : `${field}应${issue.inclusive ? '不小于' : '大于'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${field}最多 ${String(issue.maximum)} 项`
        : issue.origin === 'string'
          ? `${field}最多 ${String(issue.maximum)} 个字符`
          : `${field}应${issue.inclusive ? '不大于' : '小于'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return `${field}格式不正确`;
    default:
      return `${field}不符合要求`;
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = { string: '字符串', number: '数字', boolean: '布尔值', array: '列表', object: '映射(键: 值)' };
  return names[expected] ?? expected;
}

/** The parser's MISSING_CHAR covers unrelated slips; its English message tells which (yaml's parser wording). */
const MISSING_CHAR_CASES: ReadonlyArray<[RegExp, string]> = [
  [/^Implicit map keys need to be followed by map values/, '这一行缺少冒号(应写作 键: 值),或缩进与上一行不一致'],
  [/^Sequence item without - indicator/, '列表项缺少开头的 "- ",或缩进与上一行不一致'],
  [/^Missing closing .?quote/, '引号未闭合'],
  [/^Missing (?:, or :|,) between/, '方括号或花括号中的各项之间缺少逗号或冒号'],
];

function yamlErrorMessage(code: string, message: string): string {
  if (code === 'MISSING_CHAR') {
    const known = MISSING_CHAR_CASES.find(([pattern]) => pattern.test(message));
    if (known) return known[1];
  }
  const names: Record<string, string> = {
    DUPLICATE_KEY: '键重复',
    BAD_INDENT: '缩进不正确',
    MISSING_CHAR: '缺少字符(如引号或括号未闭合)',
    MULTIPLE_DOCS: '一个文件只能有一个 YAML 文档',
    TAB_AS_INDENT: '不能用制表符缩进',
    UNEXPECTED_TOKEN: '出现了意外的符号',
    BLOCK_AS_IMPLICIT_KEY: '键的写法不正确',
    MULTILINE_IMPLICIT_KEY: '键不能跨行',
    BAD_ALIAS: '别名无效',
    BAD_SCALAR_START: '值的开头不正确',
    // a Windows path in double quotes ("D:\评估\省.yaml") is the usual cause
    BAD_DQ_ESCAPE: '双引号中的反斜杠 \\ 构成了无效的转义;路径请改用单引号或正斜杠 /',
    BLOCK_IN_FLOW: '方括号 [ ] 或花括号 { } 里不能再写 "- " 开头的列表项或另起一行的 键: 值',
    KEY_OVER_1024_CHARS: '键过长(超过 1024 个字符),或这一行缺少冒号',
    MULTIPLE_ANCHORS: '一个值只能有一个锚点(&)',
    MULTIPLE_TAGS: '一个值只能有一个标签(!)',
    ALIAS_PROPS: '别名(*)不能再带锚点或标签',
    BAD_PROP_ORDER: '锚点和标签应写在值的前面',
    BAD_DIRECTIVE: '无效的指令(% 开头的行)',
    BAD_COLLECTION_TYPE: '标签与值的类型不符',
    NON_STRING_KEY: '键应为文字',
    TAG_RESOLVE_FAILED: '无法识别的标签(!)',
  };
  // any code yaml may add later: its English message is no message for our users
  return names[code] ?? `写法无法解析(${code})`;
}

function describeParserFailure(error: unknown): string {
  if (error instanceof RangeError) return `嵌套过深(超过 ${YAML_LIMITS.maxDepth} 层)`;
  return error instanceof Error ? error.message : String(error);
}

function positioned(source: YamlSource, node: Node | null, message: string): Problem {
  const { line, col } = source.lineCounter.linePos(node?.range?.[0] ?? 0);
  return { file: source.file, line, column: col, message };
}

/**
 * Nesting past maxDepth, more nodes than maxNodes, or a text holding a control character (a
 * double-quoted "\e[2J" reached the terminal raw through check's Markdown); iterative, so that
 * the check itself cannot overflow the stack.
 */
function shapeProblem(root: unknown): { node: Node | null; message: string } | null {
  const { isMap, isPair, isScalar, isSeq } = yamlLibrary();
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    // the file as a whole is too large: no one node is to blame
    if (++nodes > YAML_LIMITS.maxNodes) return { node: root as Node | null, message: `内容过多(超过 ${YAML_LIMITS.maxNodes} 个值),远超任何指标体系或认定文件` };
    const unsafe = isScalar(node) && typeof node.value === 'string' ? firstUnsafeInLines(node.value) : null;
    if (unsafe) return { node: node as Node, message: `文字中有控制字符 ${unsafe}(如终端转义序列),会扰乱屏幕和结果文件;请删去` };
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= YAML_LIMITS.maxDepth) return { node, message: `嵌套过深(超过 ${YAML_LIMITS.maxDepth} 层)` };
    for (const item of node.items as unknown[]) {
      if (isPair(item)) stack.push({ node: item.value, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * Start offset of the deepest node along the path that exists. With atKey, a last map key is
 * located at the key itself (unknown fields), otherwise at its value (wrong values).
 */
function offsetOf(doc: Document.Parsed, path: readonly PathKey[], atKey = false): number {
  const { isMap, isScalar, isSeq } = yamlLibrary();
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const [index, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      const keyOffset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      const valueOffset = (pair.value as Node | null)?.range?.[0];
      const last = index === path.length - 1;
      offset = (last && atKey ? keyOffset : (valueOffset ?? keyOffset)) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

/**
 * `value` read from a rules file, or the file's first problem as a UserError at file:line:col
 * (`file` when no problem says where), titled `title`; `countTheRest` names how many more there are.
 */
export function valueOrFirstProblem<T>(title: string, value: T | null | undefined, problems: readonly Problem[], file: string, countTheRest = false): T {
  const first = problems[0];
  if (!first && value) return value;
  const more = countTheRest && problems.length > 1 ? `(另有 ${problems.length - 1} 处问题,可用 duibiao facts test 查看全部)` : '';
  throw new UserError(`${title}:${first?.message ?? '无法读取'}${more}`, first ? { file: first.file, line: first.line, column: first.column } : { file });
}
