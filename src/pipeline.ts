import { log } from './log.js';
import { sampleReport } from './paths.js';
import { Budget, ingestFile } from './ingest/index.js';
import { buildDocument, documentInfo, loadDocumentStage } from './document/index.js';
import { extractFacts, extractPresence, inTextOrder, loadLexicon, withPresence, type Lexicon } from './facts/index.js';
import { assertTailoringEdition, DEFAULT_EDITION, loadCatalogue, type Catalogue, type CatalogueOptions } from './catalogue/index.js';
import { evaluate } from './engine/index.js';
import type { Document, DocumentKind } from './document/types.js';
import type { Fact, FactsOutput } from './facts/schema.js';
import type { Scorecard } from './engine/schema.js';
import type { SourceText } from './ingest/types.js';
import { applyOverrides, overridesFor } from './overrides/index.js';
import { writeMemos } from './util/cache.js';

/** Everything known about one report, stage by stage. */
export interface Analysis {
  source: SourceText;
  document: Document;
  /** numbers, rates and the contract's presence facts (rules/facts.yaml) */
  facts: Fact[];
  /** presence facts read from cue words (rules/presence.yaml): what the presence indicators rest on */
  presence: Fact[];
  /** what the user is told beside the result (Chinese): how the file was read, a year to check */
  notices: string[];
}

export interface Evaluated extends Analysis {
  scorecard: Scorecard;
  /** the catalogue it was scored on (the edition of its year unless one was asked for) */
  catalogue: Catalogue;
}

/** ingest → normalise → segment → extract facts, within one document's budget (limits and time) */
export async function analyseFile(file: string, lexicon: Lexicon): Promise<Analysis> {
  const budget = new Budget(file);
  const [source] = await Promise.all([ingestFile(file, budget), loadDocumentStage()]);
  // the document stage and the facts passes look at the clock as they go: a huge text can take them past the limit alone
  const checkTime = () => budget.checkTime();
  const document = buildDocument(source, undefined, checkTime);
  log.debug(
    {
      file,
      kind: document.kind,
      adminLevel: document.level,
      place: document.place,
      year: document.year,
      sections: document.sections.length,
      sentences: document.sentences.length,
    },
    'segmented',
  );
  const facts = extractFacts(document, lexicon, checkTime);
  const presence = extractPresence(document, lexicon, checkTime);
  budget.checkTime();
  log.debug({ file, facts: facts.length, presence: presence.length, achieved: facts.filter((f) => f.status === 'achieved').length }, 'facts extracted');
  return { source, document, facts, presence, notices: [...(source.notices ?? []), ...yearNotices(document.year, document.kind)] };
}

/** The first year of annual reports on building a rule-of-law government, under 纲要(2015—2020年). */
const FIRST_REPORT_YEAR = 2015;

/** A year read that no report can be of: a slip of the report's, or a year misread. */
function yearNotices(year: number | null, kind: DocumentKind): string[] {
  const thisYear = new Date().getFullYear();
  // a plan or 工作要点 for next year is written before it begins
  const latest = kind === 'annual_report' ? thisYear : thisYear + 1;
  if (year !== null && year < FIRST_REPORT_YEAR) {
    return [`报告年度识别为 ${year} 年,早于 ${FIRST_REPORT_YEAR} 年开始的法治政府建设年度报告,按指标体系评分仅供参考;请核对年度`];
  }
  if (year !== null && year > latest) return [`报告年度识别为 ${year} 年,晚于今年(${thisYear} 年);请核对报告中的年份是否有误`];
  return [];
}

/** Every fact of an analysed report, presence facts included, in text order. */
export function allFacts({ facts, presence }: Pick<Analysis, 'facts' | 'presence'>): Fact[] {
  return [...facts, ...presence].sort(inTextOrder);
}

/**
 * The facts contract of ../shared/spec/facts.md for one analysed report. The presence facts of
 * rules/presence.yaml (a mechanism in place, read from cue words) come in a field of their own,
 * `presence`, so that `facts` keeps the vocabulary the contract and its consumers know.
 */
export function factsOutput({ document, facts, presence }: Analysis): FactsOutput {
  return { document: documentInfo(document), facts, presence };
}

/** The latest year a report is scored on the 2019 edition by default (the 纲要2015—2020 period). */
const LAST_2019_YEAR = 2020;

/** What Checker needs: the catalogue options, with the edition left to the year of each report when not given. */
export type CheckerOptions = Omit<CatalogueOptions, 'edition'> & { edition?: string | undefined };

/**
 * Loads the lexicon and the catalogue once, then scores as many reports as asked. Without
 * --edition (and without a tailoring, which names its own), each report is scored on the edition
 * of its year: 2020 or earlier on the 2019 edition, later (or unknown) on the 2021 edition.
 */
export class Checker {
  private readonly catalogues = new Map<string, Promise<Catalogue>>();

  private constructor(
    readonly lexicon: Lexicon,
    /** the catalogue of --edition or of the tailoring, else the 2021 edition */
    readonly catalogue: Catalogue,
    private readonly options: CheckerOptions,
  ) {
    this.catalogues.set(catalogue.edition, Promise.resolve(catalogue));
  }

  static async create(options: CheckerOptions): Promise<Checker> {
    const [lexicon, catalogue] = await Promise.all([loadLexicon(), loadCatalogue({ ...options, edition: options.edition ?? DEFAULT_EDITION })]);
    assertTailoringEdition(options.edition, options.tailoring, catalogue);
    return new Checker(withPresence(lexicon, catalogue.presence), catalogue, options);
  }

  /** The edition a report is scored on, and why, in the words every output shows. */
  editionFor(doc: Pick<Document, 'year'>): { edition: string; note: string } {
    if (this.options.tailoring) return { edition: this.catalogue.edition, note: '剪裁文件所依据的版本' };
    if (this.options.edition) return { edition: this.options.edition, note: '按 --edition 指定' };
    if (doc.year === null) return { edition: DEFAULT_EDITION, note: '未识别报告年度,默认选用' };
    const edition = doc.year <= LAST_2019_YEAR ? '2019' : '2021';
    return { edition, note: `按报告年度${doc.year}年选用` };
  }

  /**
   * Scores the bundled sample report, nothing written, and returns it for the caller to warm up
   * what it does with a report: what the stages set up on first use (their modules, the lexicon's
   * patterns and tables, the catalogue's rules) took the first report of a batch worker some 0.7 s,
   * 20 times a small report's own time, and counted against its time budget.
   */
  async warmUp(): Promise<Evaluated> {
    const analysis = await analyseFile(sampleReport, this.lexicon);
    const scorecard = await evaluate(this.catalogue, analysis.document, allFacts(analysis), { editionNote: '' });
    return { ...analysis, scorecard, catalogue: this.catalogue };
  }

  /**
   * Scores one report. Inspector overrides (the file given, else 报告.overrides.yaml beside the
   * report) are read first, so a broken one fails before any work, and applied after evaluation.
   */
  async check(file: string, options: { overrides?: string } = {}): Promise<Evaluated> {
    const overrides = await overridesFor(file, options.overrides);
    const analysis = await analyseFile(file, this.lexicon);
    const { edition, note } = this.editionFor(analysis.document);
    let catalogue = this.catalogues.get(edition);
    if (!catalogue) {
      catalogue = loadCatalogue({ ...this.options, edition });
      this.catalogues.set(edition, catalogue);
    }
    const machine = await evaluate(await catalogue, analysis.document, allFacts(analysis), { editionNote: note });
    const scorecard = overrides ? applyOverrides(machine, overrides) : machine;
    log.debug(
      { file, edition: scorecard.edition, score: scorecard.total.score, counts: scorecard.counts, overrides: overrides?.overrides.length ?? 0 },
      'scored',
    );
    // what reading this report derived for the disk cache (new patterns' screens), in one write
    writeMemos();
    return { ...analysis, scorecard, catalogue: await catalogue };
  }
}
