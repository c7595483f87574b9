import { Option, type Command } from 'commander';
import type { Checker } from '../pipeline.js';
import { UserError } from '../errors.js';
import type { Catalogue } from '../catalogue/index.js';
import type { Scorecard } from '../engine/schema.js';
import { catalogueOptions, formatForOut, inputPaths, prepareOutFile, tellNotices, withCatalogueOptions, writeAll } from './common.js';
import { load } from '../load.js';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../util/json-depth.js';

const DIFF_FORMATS = ['md', 'html'] as const;

interface DiffCommandOptions {
  format: (typeof DIFF_FORMATS)[number];
  out?: string;
  edition: string;
  tailoring?: string;
}

export function registerDiff(program: Command): void {
  withCatalogueOptions(
    program
      .command('diff')
      .description('同一地区两个年度的对比:新达标、新失分、仍未解决的指标和各一级指标得分率变化')
      .argument('<old>', '上一年度的报告,或 check --format json 输出的评分结果')
      .argument('<new>', '本年度的报告,或评分结果 JSON'),
  )
    .addOption(new Option('--format <format>', '输出格式;不给时按 --out 的扩展名').choices(DIFF_FORMATS).default('md'))
    .option('--out <file>', '写入此文件(不给则输出到标准输出)')
    .action(async (oldFile: string, newFile: string, given: DiffCommandOptions, command: Command) => {
      const opts = { ...given, format: formatForOut(command, given.format, given.out, DIFF_FORMATS) };
      const inputs = inputPaths([oldFile, newFile], opts);
      if (opts.out) await prepareOutFile(opts.out, inputs);
      let checker: Promise<Checker> | undefined;
      const getChecker = () => (checker ??= load('pipeline').then(({ Checker }) => Checker.create(catalogueOptions(opts))));
      const before = await loadScorecard(oldFile, getChecker);
      const after = await loadScorecard(newFile, getChecker);
      const areaMapping = before.edition === after.edition ? undefined : await editionAreaMapping(before.edition, after.edition);
      const { diffScorecards, renderDiffHtml, renderDiffMarkdown } = await load('render/diff');
      const diff = diffScorecards(before, after, { areaMapping });
      const text = opts.format === 'html' ? renderDiffHtml(diff) : renderDiffMarkdown(diff);
      if (opts.out) await writeAll([{ path: opts.out, data: text }], inputs);
      else process.stdout.write(text);
    });
}

/** A JSON result of `check --format json` is read as is; anything else is scored as a report. */
export async function loadScorecard(file: string, checker: () => Promise<Checker>): Promise<Scorecard> {
  const json = await readJson(file);
  if (json === undefined) {
    const { scorecard, notices } = await (await checker()).check(file);
    tellNotices(file, notices);
    return scorecard;
  }
  const [{ Scorecard }, { describeIssue, editionsIn }] = await Promise.all([load('engine/schema'), load('catalogue/index')]);
  const parsed = Scorecard.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`这是 JSON 文件,但不是 duibiao 的评分结果(check --format json 的输出):${issue ? describeIssue(issue) : ''}`, { file });
  }
  // an edition no catalogue has (a result edited by hand) would be compared without its areas' mapping
  const editions = editionsIn();
  if (!editions.includes(parsed.data.edition)) {
    throw new UserError(`评分结果的指标体系版本“${parsed.data.edition}”未知(可选:${editions.join('、')});请重新生成 check --format json 的输出`, { file });
  }
  await assertIndicatorIds(parsed.data, file);
  return parsed.data;
}

/**
 * A result edited by hand may repeat an indicator or name one its edition lacks: compared as is,
 * the one counted twice or the stray one would show as a change of the year. A tailored result may
 * hold the tailoring's own indicators, so only an untailored one is held to its edition's.
 */
async function assertIndicatorIds(scorecard: Scorecard, file: string): Promise<void> {
  const seen = new Set<string>();
  for (const { indicator } of scorecard.results) {
    if (seen.has(indicator)) throw new UserError(`评分结果中指标“${indicator}”出现了不止一次;请重新生成 check --format json 的输出`, { file });
    seen.add(indicator);
  }
  if (scorecard.tailoring !== null) return;
  const { loadCatalogue } = await load('catalogue/index');
  const known = new Set((await loadCatalogue({ edition: scorecard.edition })).indicators.map((indicator) => indicator.id));
  const unknown = scorecard.results.find(({ indicator }) => !known.has(indicator));
  if (unknown) {
    throw new UserError(`评分结果中的指标“${unknown.indicator}”不在 ${scorecard.edition} 年版指标体系中;请重新生成 check --format json 的输出`, { file });
  }
}

async function readJson(file: string): Promise<unknown> {
  if (file === '-') return undefined;
  // bounded as every input is; the ingest stage reports unreadable files in its own words
  const [{ Budget }, { readInput }] = await Promise.all([load('ingest/budget'), load('ingest/read')]);
  const bytes = await readInput(file, new Budget(file)).catch(() => null);
  if (!bytes) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim();
  if (!text.startsWith('{')) return undefined;
  if (nestsDeeperThan(text)) {
    throw new UserError(`这是 JSON 文件,但不是 duibiao 的评分结果(check --format json 的输出):嵌套超过 ${MAX_JSON_DEPTH} 层`, { file });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // no report starts with "{": a result cut short or edited by hand, which read as a report was "not a report"
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const at = position !== undefined ? Number(position) : /end of JSON/.test(message) ? text.length : undefined;
    const before = at === undefined ? undefined : text.slice(0, at);
    const place = before === undefined ? {} : { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
    throw new UserError('这是 JSON 文件,但内容不完整或有语法错误;请重新生成 check --format json 的输出', { file, ...place });
  }
}

/** new area id → old area ids, from the catalogue's mapsTo (either edition may declare it). */
async function editionAreaMapping(oldEdition: string, newEdition: string): Promise<Map<string, string[]>> {
  const { loadCatalogue } = await load('catalogue/index');
  const mapping = new Map<string, string[]>();
  const catalogueOf = (edition: string) => loadCatalogue({ edition }).catch((): Catalogue | null => null);
  const [newer, older] = await Promise.all([catalogueOf(newEdition), catalogueOf(oldEdition)]);
  for (const area of newer?.areas ?? []) {
    const olds = area.mapsTo?.[oldEdition];
    if (olds) mapping.set(area.id, [...olds]);
  }
  // the older edition's forward mapping fills in only what the newer one does not declare
  const declared = new Set(mapping.keys());
  for (const area of older?.areas ?? []) {
    for (const newId of area.mapsTo?.[newEdition] ?? []) {
      if (!declared.has(newId)) mapping.set(newId, [...(mapping.get(newId) ?? []), area.id]);
    }
  }
  return mapping;
}
