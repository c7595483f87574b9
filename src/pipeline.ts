import { log } from './log.js';
import { ingestFile } from './ingest/index.js';
import { buildDocument } from './document/index.js';
import { extractFacts, loadLexicon, type Lexicon } from './facts/index.js';
import { loadCatalogue, type Catalogue, type CatalogueOptions } from './catalogue/index.js';
import { evaluate } from './engine/index.js';
import type { Document } from './document/types.js';
import type { Fact, FactsOutput } from './facts/schema.js';
import type { Scorecard } from './engine/schema.js';
import type { SourceText } from './ingest/types.js';
import { applyOverrides, overridesFor } from './overrides/index.js';

/** Everything known about one report, stage by stage. */
export interface Analysis {
  source: SourceText;
  document: Document;
  facts: Fact[];
}

export interface Evaluated extends Analysis {
  scorecard: Scorecard;
}

/** ingest → normalise → segment → extract facts */
export async function analyseFile(file: string, lexicon: Lexicon): Promise<Analysis> {
  const source = await ingestFile(file);
  const document = buildDocument(source);
  log.debug({ file, kind: document.kind, adminLevel: document.level, place: document.place, year: document.year, sections: document.sections.length, sentences: document.sentences.length }, 'segmented');
  const facts = extractFacts(document, lexicon);
  log.debug({ file, facts: facts.length, achieved: facts.filter((f) => f.status === 'achieved').length }, 'facts extracted');
  return { source, document, facts };
}

/** The facts contract of ../shared/spec/facts.md for one analysed report. */
export function factsOutput({ document, facts }: Analysis): FactsOutput {
  const { kind, level, place, year } = document;
  return { document: { file: document.source.file, kind, level, place, year }, facts };
}

/** Loads the lexicon and the catalogue once, then scores as many reports as asked. */
export class Checker {
  private constructor(
    readonly lexicon: Lexicon,
    readonly catalogue: Catalogue,
  ) {}

  static async create(options: CatalogueOptions): Promise<Checker> {
    const [lexicon, catalogue] = await Promise.all([loadLexicon(), loadCatalogue(options)]);
    return new Checker(lexicon, catalogue);
  }

  /**
   * Scores one report. Inspector overrides (the file given, else 报告.overrides.yaml beside the
   * report) are read first, so a broken one fails before any work, and applied after evaluation.
   */
  async check(file: string, options: { overrides?: string } = {}): Promise<Evaluated> {
    const overrides = await overridesFor(file, options.overrides);
    const analysis = await analyseFile(file, this.lexicon);
    const machine = await evaluate(this.catalogue, analysis.document, analysis.facts, this.lexicon);
    const scorecard = overrides ? applyOverrides(machine, overrides) : machine;
    log.debug({ file, edition: scorecard.edition, score: scorecard.total.score, counts: scorecard.counts, overrides: overrides?.overrides.length ?? 0 }, 'scored');
    return { ...analysis, scorecard };
  }
}
