import { readdirSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { loadLexicon } from '../facts/index.js';
import { log } from '../log.js';
import { indicatorsDir } from '../paths.js';
import { cached } from '../util/cache.js';
import { buildCatalogue } from './load.js';
import type { Catalogue, CatalogueOptions } from './types.js';
import type { Problem } from './yaml-file.js';

/** The editions a catalogue folder holds: its folders named by a year. */
export function editionsIn(root: string = indicatorsDir): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{4}$/.test(entry.name))
    .map(({ name }) => name)
    .sort();
}

/** Every YAML file of every edition (an edition may reuse another's indicators), read synchronously like the cache keys. */
function editionFiles(root: string): string[] {
  const files = editionsIn(root).flatMap((name) =>
    readdirSync(path.join(root, name))
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => path.join(root, name, file)),
  );
  return files.sort();
}

export { DEFAULT_EDITION, type Catalogue, type CatalogueIndicator, type CatalogueOptions, type ExpiredWaiver, type WaiverInForce } from './types.js';
export { describeIssue, type Problem } from './yaml-file.js';
export { compileRule, compileRules, createEngine, registerOperators, quantitySatisfies, type Quantity } from './compile.js';
export { thresholdText } from './display.js';

/** The catalogue for an evaluation; the first problem, if any, is thrown as a UserError at its file:line:col. */
export async function loadCatalogue(options: CatalogueOptions): Promise<Catalogue> {
  // the package's own editions, untailored, come from the disk cache when nothing changed
  // a tailoring's thresholds are checked against the units of the facts they bound
  if (options.tailoring) return buildOrThrow({ ...options, rateFactIds: options.rateFactIds ?? (await lexiconFacts())?.rates });
  if (options.factIds || (options.root !== undefined && options.root !== indicatorsDir)) return buildOrThrow(options);
  let inputs: string[];
  try {
    inputs = editionFiles(indicatorsDir);
  } catch {
    return buildOrThrow(options);
  }
  return cached({ slot: `catalogue-${options.edition}`, inputs, code: [import.meta.dirname] }, () => buildOrThrow(options));
}

async function buildOrThrow(options: CatalogueOptions): Promise<Catalogue> {
  const { catalogue, problems } = await buildCatalogue(options);
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? `(另有 ${problems.length - 1} 处问题,可用 duibiao catalogue lint 查看全部)` : '';
    throw new UserError(`指标体系有误:${first.message}${more}`, { file: first.file, line: first.line, column: first.column });
  }
  if (!catalogue) throw new UserError(`无法加载指标体系 ${options.edition}`);
  return catalogue;
}

/**
 * --edition beside a tailoring that extends another edition: the tailoring's edition was used and
 * the one asked for dropped without a word.
 */
export function assertTailoringEdition(asked: string | undefined, tailoring: string | undefined, catalogue: Catalogue): void {
  if (asked === undefined || tailoring === undefined || asked === catalogue.edition) return;
  throw new UserError(`剪裁文件依据 ${catalogue.edition} 年版,与 --edition ${asked} 不一致;去掉 --edition,或换用依据 ${asked} 年版的剪裁文件`, {
    file: tailoring,
  });
}

/** Every problem of the catalogue at once, like a linter; empty when clean. */
export async function lintCatalogue(options: CatalogueOptions): Promise<Problem[]> {
  const lexicon = options.factIds && options.rateFactIds ? null : await lexiconFacts();
  const factIds = options.factIds ?? lexicon?.ids;
  const rateFactIds = options.rateFactIds ?? lexicon?.rates;
  const { problems } = await buildCatalogue({ ...options, ...(factIds ? { factIds } : {}), ...(rateFactIds ? { rateFactIds } : {}) });
  return problems;
}

/**
 * The fact ids the extractor knows (rules/*.yaml via the lexicon) and those of its rates (in %);
 * null when it cannot be loaded.
 */
async function lexiconFacts(): Promise<{ ids: ReadonlySet<string>; rates: ReadonlySet<string> } | null> {
  try {
    const lexicon = await loadLexicon();
    return {
      // extracted facts, presence facts and the ones derived from them (a rate from two counts)
      ids: new Set([...lexicon.facts.map((fact) => fact.id), ...lexicon.presence.map((fact) => fact.id), ...lexicon.derive.map((derived) => derived.id)]),
      rates: new Set(lexicon.facts.filter((fact) => fact.shape === 'rate').map((fact) => fact.id)),
    };
  } catch (error) {
    log.warn({ err: error }, 'lexicon not available: fact ids are not checked');
    return null;
  }
}
